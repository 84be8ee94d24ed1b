import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatInteger } from '../../lib/format';
import type { LayerKey } from '../../state/view-state';

// Top of the list = top of the map.
const LAYERS: { key: LayerKey; swatch: string }[] = [
  { key: 'sites', swatch: 'layer-toggle__swatch--sites' },
  { key: 'salesFlows', swatch: 'layer-toggle__swatch--salesFlows' },
  { key: 'villages', swatch: 'layer-toggle__swatch--villages' },
  { key: 'exposureRings', swatch: 'layer-toggle__swatch--exposureRings' },
  { key: 'salesHeatmap', swatch: 'layer-toggle__swatch--salesHeatmap' },
  { key: 'producerGroups', swatch: 'layer-toggle__swatch--producerGroups' },
  { key: 'restoration', swatch: 'layer-toggle__swatch--restoration' },
  { key: 'hazardZones', swatch: 'layer-toggle__swatch--hazardZones' },
  { key: 'adminBoundaries', swatch: 'layer-toggle__swatch--adminBoundaries' },
];

export interface LayerPanelProps {
  layers: Record<LayerKey, boolean>;
  onToggle: (layer: LayerKey) => void;
  counts: Partial<Record<LayerKey, number | undefined>>;
  /** Layers the server could not provide (shown quietly, never as an error). */
  unavailable?: ReadonlySet<LayerKey>;
}

export function LayerPanel({ layers, onToggle, counts, unavailable }: LayerPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card">
      <h2 className="card__title">{t('layers.title')}</h2>
      <ul className="layer-list">
        {LAYERS.map(({ key, swatch }) => {
          const count = counts[key];
          return (
            <li key={key}>
              <label className="layer-toggle">
                <input
                  type="checkbox"
                  checked={layers[key]}
                  onChange={() => onToggle(key)}
                  data-testid={`layer-toggle-${key}`}
                />
                <span className={`layer-toggle__swatch ${swatch}`} aria-hidden="true" />
                <span className="layer-toggle__name">
                  {t(`layers.${key}`)}
                  {unavailable?.has(key) && (
                    <span className="layer-toggle__unavailable" data-testid={`layer-unavailable-${key}`}>
                      {t('layers.unavailable')}
                    </span>
                  )}
                </span>
                {count !== undefined && (
                  <span className="layer-toggle__count">{formatInteger(count, lang)}</span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
