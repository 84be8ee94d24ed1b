// Legend entries of the layers added in issue 4 (participation, rings, producer groups, flows, heat map, admin
// boundaries), each shown while its layer is on. Colours come from lib/config, the same constants the layers use.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import {
  BASEMAP_COLORS,
  CATEGORY_COLORS,
  CATEGORY_ORDER,
  CHANNEL_COLORS,
  EXPOSURE_RING,
  PARTICIPATION_CLASSES,
  PARTICIPATION_NONE,
  PLACELESS_CHANNELS,
  SALES_CHANNEL_ORDER,
  SALES_HEATMAP,
  type Rgba,
} from '../../lib/config';
import { formatShare } from '../../lib/format';
import type { LayerKey } from '../../state/view-state';

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
const Dot = ({ fill, stroke = '#fff' }: { fill: string; stroke?: string }) => (
  <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
    <circle cx="9" cy="9" r="6" fill={fill} stroke={stroke} strokeWidth="1.2" />
  </svg>
);

export function LayerLegends({ layers }: { layers?: Partial<Record<LayerKey, boolean>> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const on = (key: LayerKey) => layers?.[key] !== false;
  const drawnChannels = SALES_CHANNEL_ORDER.filter((c) => !PLACELESS_CHANNELS.includes(c));
  return (
    <>
      {on('villages') && (
        <>
          <h3 className="legend__heading">{t('legend.participation')}</h3>
          <ul className="legend__list" data-testid="legend-participation">
            {PARTICIPATION_CLASSES.map((c, i) => (
              <li key={c.from} className="legend__item">
                <Dot fill={css(c.color)} />
                {t('legend.shareRange', {
                  from: formatShare(c.from, 1, lang),
                  to: formatShare(PARTICIPATION_CLASSES[i + 1]?.from ?? 1, 1, lang),
                })}
              </li>
            ))}
            <li className="legend__item">
              <Dot fill={css(PARTICIPATION_NONE)} />
              {t('legend.participationNone')}
            </li>
          </ul>
        </>
      )}
      {on('exposureRings') && (
        <>
          <h3 className="legend__heading">{t('layers.exposureRings')}</h3>
          <ul className="legend__list" data-testid="legend-exposure-rings">
            <li className="legend__item">
              <Dot fill={css(EXPOSURE_RING.fill)} stroke={css(EXPOSURE_RING.line)} />
              {t('legend.exposureRings')}
            </li>
          </ul>
        </>
      )}
      {on('producerGroups') && (
        <>
          <h3 className="legend__heading">{t('legend.producerGroups')}</h3>
          <ul className="legend__list" data-testid="legend-producer-groups">
            {CATEGORY_ORDER.map((c) => (
              <li key={c} className="legend__item">
                <Dot fill={CATEGORY_COLORS[c]} />
                {t(`productCategory.${c}`)}
              </li>
            ))}
          </ul>
          <p className="legend__note">{t('legend.producerGroupsNote')}</p>
        </>
      )}
      {on('salesFlows') && (
        <>
          <h3 className="legend__heading">{t('legend.salesFlows')}</h3>
          <ul className="legend__list" data-testid="legend-sales-flows">
            {drawnChannels.map((c) => (
              <li key={c} className="legend__item">
                <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                  <path d="M2 14 Q9 0 16 14" fill="none" stroke={css(CHANNEL_COLORS[c])} strokeWidth="2.5" />
                </svg>
                {t(`channel.${c}`)}
              </li>
            ))}
          </ul>
          <p className="legend__note" data-testid="legend-flows-note">
            {t('legend.salesFlowsNote')}
          </p>
        </>
      )}
      {on('salesHeatmap') && (
        <>
          <h3 className="legend__heading">{t('legend.salesHeatmap')}</h3>
          <div
            className="legend__gradient"
            aria-hidden="true"
            style={{ background: `linear-gradient(to right, ${SALES_HEATMAP.colorRange.map(([r, g, b]) => `rgb(${r},${g},${b})`).join(', ')})` }}
          />
          <p className="legend__note legend__gradient-labels">
            <span>{t('legend.low')}</span>
            <span>{t('legend.high')}</span>
          </p>
        </>
      )}
      {on('adminBoundaries') && (
        <>
          <h3 className="legend__heading">{t('layers.adminBoundaries')}</h3>
          <ul className="legend__list" data-testid="legend-admin">
            <li className="legend__item">
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                <path d="M1 9 H17" stroke={BASEMAP_COLORS.countryOutline} strokeWidth="1.5" strokeDasharray="4 3" />
              </svg>
              {t('legend.oblastBoundary')}
            </li>
            <li className="legend__item">
              <Dot fill={BASEMAP_COLORS.oblastLabel} />
              {t('legend.rayonCentre')}
            </li>
          </ul>
        </>
      )}
    </>
  );
}
