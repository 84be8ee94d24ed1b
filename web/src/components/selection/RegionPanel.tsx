import { useTranslation } from 'react-i18next';
import { useRegionDetail } from '../../hooks/use-region-detail';
import { useLang } from '../../i18n';
import type { Name } from '../../lib/api';
import { formatHectares, formatInteger, formatShare, formatSom } from '../../lib/format';
import { localName } from '../../lib/names';
import { ErrorNotice } from '../common/ErrorNotice';
import { SkeletonLines } from './SkeletonLines';
import { PanelHeader } from './PanelHeader';

export function RegionPanel({ code, name, onClose }: { code: string; name: Name | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const summary = useRegionDetail(code);
  const s = summary.data;
  return (
    <section className="card selection" data-testid="selection-panel" data-kind="region" aria-live="polite">
      <PanelHeader title={t('selection.region')} onClose={onClose} />
      <p className="site-info__name" data-testid="selection-name">
        {name ? localName(name, lang) : code}
      </p>
      {summary.error && <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} compact />}
      {!s && !summary.error && <SkeletonLines n={5} />}
      {s && (
        <dl className="facts">
          <dt>{t('summary.sites')}</dt>
          <dd data-testid="region-sites">{formatInteger(s.sites, lang)}</dd>
          <dt>{t('summary.households')}</dt>
          <dd data-testid="region-households">{formatInteger(s.households, lang)}</dd>
          <dt>{t('summary.participants')}</dt>
          <dd>{formatInteger(s.participants, lang)}</dd>
          <dt>{t('selection.producers')}</dt>
          <dd>{formatInteger(s.producers.total, lang)}</dd>
          <dt>{t('selection.womenShare')}</dt>
          <dd>{formatShare(s.producers.women, s.producers.total, lang)}</dd>
          <dt>{t('selection.youthShare')}</dt>
          <dd>{formatShare(s.producers.youth, s.producers.total, lang)}</dd>
          <dt>{t('selection.sales')}</dt>
          <dd>{formatSom(s.salesKgs, lang)}</dd>
          <dt>{t('selection.restoration')}</dt>
          <dd>
            {t('selection.restorationOf', {
              done: formatHectares(s.restorationHa.done, lang),
              planned: formatHectares(s.restorationHa.planned, lang),
            })}
          </dd>
        </dl>
      )}
    </section>
  );
}
