import { useTranslation } from 'react-i18next';
import { useVillageDetail } from '../../hooks/use-village-detail';
import { useLang } from '../../i18n';
import type { VillageFeature } from '../../lib/api';
import { formatInteger, formatShare, formatSom } from '../../lib/format';
import { localName } from '../../lib/names';
import { ErrorNotice } from '../common/ErrorNotice';
import { SkeletonLines } from './SkeletonLines';
import { ChannelBars } from './ChannelBars';
import { PanelHeader } from './PanelHeader';

export function VillagePanel({ village, onClose }: { village: VillageFeature | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { groups, sales, salesRows } = useVillageDetail(village?.properties.code ?? null);
  if (!village) {
    return (
      <section className="card selection" data-testid="selection-panel" data-kind="village">
        <PanelHeader title={t('selection.village')} onClose={onClose} />
        <SkeletonLines n={4} />
      </section>
    );
  }
  const p = village.properties;
  const total = salesRows.reduce((sum, r) => sum + r.salesKgs, 0);
  return (
    <section className="card selection" data-testid="selection-panel" data-kind="village" aria-live="polite">
      <PanelHeader title={t('selection.village')} onClose={onClose} />
      <p className="site-info__name" data-testid="selection-name">
        {localName(p.name, lang)}
      </p>
      <dl className="facts">
        <dt>{t('village.population')}</dt>
        <dd>{formatInteger(p.population, lang)}</dd>
        <dt>{t('village.households')}</dt>
        <dd data-testid="village-households">{formatInteger(p.households, lang)}</dd>
        <dt>{t('village.participatingHouseholds')}</dt>
        <dd>{formatInteger(p.participatingHouseholds, lang)}</dd>
        <dt>{t('selection.participationShare')}</dt>
        <dd>{formatShare(p.participatingHouseholds, p.households, lang)}</dd>
        <dt>{t('selection.sales')}</dt>
        <dd>{sales.data ? formatSom(total, lang) : '…'}</dd>
        <dt>{t('site.code')}</dt>
        <dd className="mono">{p.code}</dd>
      </dl>
      <h3 className="selection__heading">{t('selection.producerGroups')}</h3>
      {groups.error && <ErrorNotice error={groups.error} onRetry={() => void groups.refetch()} compact />}
      {groups.isPending && !groups.error && <SkeletonLines n={2} />}
      {groups.data && groups.data.length === 0 && <p className="hint">{t('selection.noProducerGroups')}</p>}
      {groups.data && groups.data.length > 0 && (
        <ul className="selection__list" data-testid="village-producer-groups">
          {groups.data.map((g) => (
            <li key={g.code}>
              <span>
                {localName(g.name, lang)} <span className="chip">{t(`productCategory.${g.category}`)}</span>
              </span>
              <span className="selection__list-value">
                {t('selection.members', {
                  n: formatInteger(g.membersTotal, lang),
                  women: formatShare(g.membersWomen, g.membersTotal, lang),
                  youth: formatShare(g.membersYouth, g.membersTotal, lang),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="selection__heading">{t('selection.salesByChannel')}</h3>
      {sales.error && <ErrorNotice error={sales.error} onRetry={() => void sales.refetch()} compact />}
      {sales.data && <ChannelBars rows={salesRows} />}
    </section>
  );
}
