// The key figures across the top of the atlas: sites, households, participants, producers (women and youth shares,
// groups when the API counts them), sales in the period in som or US$, hectares restored against the plan. Each
// opens its source and data date on hover and on keyboard focus, and carries a mark when it is sample data.
import { useTranslation } from 'react-i18next';
import { useKeyFigures } from '../../hooks/use-key-figures';
import { useLang } from '../../i18n';
import type { SummaryFilters } from '../../lib/api';
import { formatCompactMoney, formatHectares, formatInteger, formatMoney, formatShare } from '../../lib/format';
import type { Currency } from '../../state/filters';
import { ErrorNotice } from '../common/ErrorNotice';
import { FigureTip } from './FigureTip';
import './key-figures.css';

export interface KeyFiguresProps {
  /** The view's filters as GET /api/summary takes them (the scope the charts draw, as the page has settled it). */
  filters: SummaryFilters;
  currency: Currency;
  /** A newer view's answers are on their way (hooks/use-settled-view.ts): shown dimmed. */
  updating?: boolean;
}

export function KeyFigures({ filters, currency, updating = false }: KeyFiguresProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { summary, figures } = useKeyFigures(filters);

  if (!figures) {
    return (
      <section className="key-figures key-figures--loading" aria-label={t('keyFigures.title')} aria-busy={summary.isPending}>
        {summary.error ? (
          <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} compact />
        ) : (
          <span className="key-figures__placeholder" />
        )}
      </section>
    );
  }
  const { values: v, provenance: p } = figures;
  const money = currency === 'KGS' ? v.sales.kgs : v.sales.usd;
  const s = summary.data?.scope;
  const period = s?.from || s?.to ? t('keyFigures.period', { from: s?.from ?? '…', to: s?.to ?? '…' }) : t('keyFigures.allYears');

  return (
    <section
      className={`key-figures${summary.isPlaceholderData || updating ? ' key-figures--stale' : ''}`}
      aria-label={t('keyFigures.title')}
      aria-busy={summary.isFetching || updating}
      data-testid="key-figures"
    >
      <FigureTip figure="sites" label={t('keyFigures.sites')} provenance={p.sites}>
        <span className="key-figure__value" data-testid="key-figure-sites-value">{formatInteger(v.sites, lang)}</span>
      </FigureTip>
      <FigureTip figure="households" label={t('keyFigures.households')} provenance={p.households}>
        <span className="key-figure__value" data-testid="key-figure-households-value">{formatInteger(v.households, lang)}</span>
      </FigureTip>
      <FigureTip figure="participants" label={t('keyFigures.participants')} provenance={p.participants}>
        <span className="key-figure__value" data-testid="key-figure-participants-value">{formatInteger(v.participants, lang)}</span>
      </FigureTip>
      <FigureTip figure="producers" label={t('keyFigures.producers')} provenance={p.producers}>
        <span className="key-figure__value" data-testid="key-figure-producers-value">{formatInteger(v.producers.total, lang)}</span>
        <span className="key-figure__sub">
          {v.producers.groups !== null && (
            <span data-testid="key-figure-producer-groups">{t('keyFigures.groups', { count: v.producers.groups, n: formatInteger(v.producers.groups, lang) })} · </span>
          )}
          {t('keyFigures.women')} <span data-testid="key-figure-producers-women">{formatShare(v.producers.women, v.producers.total, lang)}</span>
          {' · '}
          {t('keyFigures.youth')} <span data-testid="key-figure-producers-youth">{formatShare(v.producers.youth, v.producers.total, lang)}</span>
        </span>
      </FigureTip>
      <FigureTip
        figure="sales"
        label={t('keyFigures.sales')}
        provenance={p.sales}
        detail={
          <>
            <span data-testid="key-figure-sales-kgs-full">{formatMoney(v.sales.kgs, 'KGS', lang)}</span>
            {' = '}
            <span data-testid="key-figure-sales-usd-full">{formatMoney(v.sales.usd, 'USD', lang)}</span>
          </>
        }
      >
        <span className="key-figure__value" data-testid={`key-figure-sales-${currency.toLowerCase()}`}>
          {formatCompactMoney(money, currency, lang)}
        </span>
        <span className="key-figure__sub" data-testid="key-figure-sales-period">{period}</span>
      </FigureTip>
      <FigureTip figure="restoration" label={t('keyFigures.restoration')} provenance={p.restoration}>
        <span className="key-figure__value" data-testid="key-figure-restoration-done">{formatHectares(v.restoration.done, lang)}</span>
        <span className="key-figure__sub" data-testid="key-figure-restoration-planned">
          {t('keyFigures.ofPlanned', {
            planned: formatHectares(v.restoration.planned, lang),
            percent: formatShare(v.restoration.done, v.restoration.planned, lang),
          })}
        </span>
      </FigureTip>
    </section>
  );
}

export default KeyFigures;
