// The figures a site's exposure and a drawn area share: villages and households, producers with the women and
// youth share, products, sales by channel and restoration.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { AreaAnalysis, ExposureFacets } from '../../lib/api';
import { formatHectares, formatInteger, formatShare, formatSom } from '../../lib/format';
import { localName } from '../../lib/names';
import { ChannelBars } from './ChannelBars';

type Facts = Pick<ExposureFacets | AreaAnalysis, 'totals' | 'products' | 'salesByChannel' | 'restorationHa' | 'isSample'>;

/** How many exposed villages the panel lists before "and N more". */
const VILLAGES_LISTED = 8;

export function ExposureFacts({
  facts,
  villages,
  testIdPrefix,
}: {
  facts: Facts;
  villages: readonly { code: string; name: ExposureFacets['villages'][number]['name']; households: number }[];
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { totals, products, salesByChannel, restorationHa } = facts;
  const p = totals.producers;
  const categories = [...new Set(products.map((x) => x.category))];
  const listed = [...villages].sort((a, b) => b.households - a.households).slice(0, VILLAGES_LISTED);
  return (
    <>
      <dl className="facts">
        <dt>{t('selection.villages')}</dt>
        <dd data-testid={`${testIdPrefix}-villages`}>{formatInteger(totals.villages, lang)}</dd>
        <dt>{t('selection.households')}</dt>
        <dd data-testid={`${testIdPrefix}-households`}>{formatInteger(totals.households, lang)}</dd>
        <dt>{t('selection.participatingHouseholds')}</dt>
        <dd>{formatInteger(totals.participatingHouseholds, lang)}</dd>
        <dt>{t('selection.producers')}</dt>
        <dd data-testid={`${testIdPrefix}-producers`}>{formatInteger(p.total, lang)}</dd>
        <dt>{t('selection.womenShare')}</dt>
        <dd>{formatShare(p.women, p.total, lang)}</dd>
        <dt>{t('selection.youthShare')}</dt>
        <dd>{formatShare(p.youth, p.total, lang)}</dd>
        <dt>{t('selection.sales')}</dt>
        <dd>{formatSom(totals.salesKgs, lang)}</dd>
        <dt>{t('selection.restoration')}</dt>
        <dd>
          {t('selection.restorationOf', {
            done: formatHectares(restorationHa.done, lang),
            planned: formatHectares(restorationHa.planned, lang),
          })}
        </dd>
      </dl>
      {listed.length > 0 && (
        <>
          <h3 className="selection__heading">{t('selection.exposedVillages')}</h3>
          <ul className="selection__list">
            {listed.map((v) => (
              <li key={v.code}>
                <span>{localName(v.name, lang)}</span>
                <span className="selection__list-value">{t('legend.households', { n: formatInteger(v.households, lang) })}</span>
              </li>
            ))}
          </ul>
          {villages.length > listed.length && (
            <p className="hint">{t('selection.moreVillages', { n: formatInteger(villages.length - listed.length, lang) })}</p>
          )}
        </>
      )}
      <h3 className="selection__heading">{t('selection.products')}</h3>
      {categories.length > 0 ? (
        <p className="selection__chips">
          {categories.map((c) => (
            <span key={c} className="chip">
              {t(`productCategory.${c}`)}
            </span>
          ))}
        </p>
      ) : (
        <p className="hint">{t('selection.noProducts')}</p>
      )}
      <h3 className="selection__heading">{t('selection.salesByChannel')}</h3>
      <ChannelBars rows={salesByChannel} />
    </>
  );
}
