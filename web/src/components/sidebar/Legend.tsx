import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import {
  HAZARD_COLORS,
  HAZARD_ORDER,
  STATUS_ORDER,
  STATUS_OUTLINES,
  VILLAGE_LEGEND_HOUSEHOLDS,
  VILLAGE_OUTLINE,
  VILLAGE_PARTICIPATING_FILL,
  type Rgba,
} from '../../lib/config';
import { formatInteger } from '../../lib/format';
import { villageRadiusPx } from '../../layers/villages';

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;

export function Legend() {
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
    </section>
  );
}
