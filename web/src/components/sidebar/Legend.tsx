import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import {
  HAZARD_COLORS,
  HAZARD_ORDER,
  RESTORATION_CLASSES,
  RESTORATION_FILL_OPACITY,
  RESTORATION_OUTLINE,
  RESTORATION_UNKNOWN,
  STATUS_ORDER,
  STATUS_OUTLINES,
  ZONE_FILL_OPACITY,
  ZONE_STATUS_OUTLINES,
  VILLAGE_LEGEND_HOUSEHOLDS,
  VILLAGE_OUTLINE,
  VILLAGE_PARTICIPATING_FILL,
  type Rgba,
} from '../../lib/config';
import { formatInteger } from '../../lib/format';
import { villageRadiusPx } from '../../layers/villages';
import type { LayerKey } from '../../state/view-state';
import { LayerLegends } from './LayerLegends';

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;

function ZoneStatusLegend() {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="legend__heading">{t('legend.hazardZones')}</h3>
      <ul className="legend__list" data-testid="legend-hazard-zones">
        {STATUS_ORDER.map((status) => {
          const { color, widthPx, dash } = ZONE_STATUS_OUTLINES[status];
          return (
            <li key={status} className="legend__item">
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                <rect
                  x="2"
                  y="2"
                  width="14"
                  height="14"
                  fill="#9aa5ad"
                  fillOpacity={ZONE_FILL_OPACITY}
                  stroke={color}
                  strokeWidth={widthPx}
                  strokeDasharray={dash ? dash.map((d) => d * widthPx).join(' ') : undefined}
                />
              </svg>
              {t(`status.${status}`)}
            </li>
          );
        })}
      </ul>
      <p className="legend__note">{t('legend.hazardZonesNote')}</p>
    </>
  );
}

function RestorationLegend() {
  const { t } = useTranslation();
  const lang = useLang();
  const swatch = (fill: string) => (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="14" height="14" fill={fill} fillOpacity={RESTORATION_FILL_OPACITY} stroke={RESTORATION_OUTLINE} strokeWidth="1" />
    </svg>
  );
  return (
    <>
      <h3 className="legend__heading">{t('legend.restoration')}</h3>
      <ul className="legend__list" data-testid="legend-restoration">
        {RESTORATION_CLASSES.map((c, i) => (
          <li key={c.from} className="legend__item">
            {swatch(c.color)}
            {t('legend.percentRange', {
              from: formatInteger(c.from, lang),
              to: formatInteger(RESTORATION_CLASSES[i + 1]?.from ?? 100, lang),
            })}
          </li>
        ))}
        <li className="legend__item">
          {swatch(RESTORATION_UNKNOWN)}
          {t('legend.restorationUnknown')}
        </li>
      </ul>
    </>
  );
}

export function Legend({ layers }: { layers?: Partial<Record<LayerKey, boolean>> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const maxR = villageRadiusPx(Math.max(...VILLAGE_LEGEND_HOUSEHOLDS));
  return (
    <section className="card legend">
      <h2 className="card__title">{t('legend.title')}</h2>

      <h3 className="legend__heading">{t('legend.hazardType')}</h3>
      <ul className="legend__list">
        {HAZARD_ORDER.map((hazard) => (
          <li key={hazard} className="legend__item">
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
              <circle cx="9" cy="9" r="7" fill={css(HAZARD_COLORS[hazard])} stroke="#fff" strokeWidth="1.5" />
            </svg>
            {t(`hazard.${hazard}`)}
          </li>
        ))}
      </ul>

      <h3 className="legend__heading">{t('legend.status')}</h3>
      <ul className="legend__list">
        {STATUS_ORDER.map((status) => {
          const { color, widthPx } = STATUS_OUTLINES[status];
          return (
            <li key={status} className="legend__item">
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                <circle cx="9" cy="9" r={7 - widthPx / 2} fill="#c9d1d7" stroke={css(color)} strokeWidth={widthPx} />
                {status === 'identified' && (
                  <circle cx="9" cy="9" r="7.6" fill="none" stroke="#9aa5ad" strokeWidth="0.6" />
                )}
              </svg>
              {t(`status.${status}`)}
            </li>
          );
        })}
      </ul>

      <h3 className="legend__heading">{t('legend.villageSize')}</h3>
      <ul className="legend__sizes">
        {VILLAGE_LEGEND_HOUSEHOLDS.map((households) => {
          const r = villageRadiusPx(households);
          const box = Math.ceil(maxR * 2 + 4);
          return (
            <li key={households} className="legend__item">
              <svg width={box} height={box} viewBox={`0 0 ${box} ${box}`} aria-hidden="true" focusable="false">
                <circle
                  cx={box / 2}
                  cy={box / 2}
                  r={r}
                  fill={css(VILLAGE_PARTICIPATING_FILL)}
                  stroke={css(VILLAGE_OUTLINE)}
                  strokeWidth="1"
                />
              </svg>
              {t('legend.households', { n: formatInteger(households, lang) })}
            </li>
          );
        })}
      </ul>
      <p className="legend__note">{t('legend.participating')}</p>

      {layers?.hazardZones !== false && <ZoneStatusLegend />}
      {layers?.restoration !== false && <RestorationLegend />}
      <LayerLegends layers={layers} />
    </section>
  );
}
