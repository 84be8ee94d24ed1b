// Base map choice in the layer list: Offline / Web map, and hill-shading on or off. A web piece that could not be
// loaded leaves a quiet note, never an error banner.
import '../../styles/map-tools.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasemapKind } from '../../state/view-state';
import type { WebPiece } from './use-web-basemap';

export interface BasemapSwitchProps {
  basemap: BasemapKind;
  hillshade: boolean;
  /** Pieces that failed since last chosen (shown as a note). */
  unavailable: ReadonlySet<WebPiece>;
  onBasemapChange: (basemap: BasemapKind) => void;
  onHillshadeChange: (on: boolean) => void;
}

export function BasemapSwitch({ basemap, hillshade, unavailable, onBasemapChange, onHillshadeChange }: BasemapSwitchProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <section className="card basemap-switch">
      <h2 className="card__title">{t('basemap.title')}</h2>
      <fieldset className="basemap-switch__choices">
        <legend className="visually-hidden">{t('basemap.title')}</legend>
        {(['offline', 'web'] as const).map((kind) => (
          <label key={kind} className="layer-toggle">
            <input
              type="radio"
              name={name}
              value={kind}
              checked={basemap === kind}
              onChange={() => onBasemapChange(kind)}
              data-testid={`basemap-${kind}`}
            />
            <span className="layer-toggle__name">{t(`basemap.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="layer-toggle">
        <input type="checkbox" checked={hillshade} onChange={(e) => onHillshadeChange(e.target.checked)} data-testid="basemap-hillshade" />
        <span className="layer-toggle__name">{t('basemap.hillshade')}</span>
      </label>
      {unavailable.has('web') && (
        <p className="hint basemap-switch__note" role="status" data-testid="basemap-note">
          {t('basemap.webUnavailable')}
        </p>
      )}
      {unavailable.has('hillshade') && (
        <p className="hint basemap-switch__note" role="status" data-testid="hillshade-note">
          {t('basemap.hillshadeUnavailable')}
        </p>
      )}
      <p className="hint">{t('basemap.note')}</p>
    </section>
  );
}
