import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { Summary } from '../../lib/api';
import { formatCompactMoney, formatHectares, formatInteger, formatMoney, formatShare } from '../../lib/format';
import type { Currency } from '../../state/filters';
import { ErrorNotice } from '../common/ErrorNotice';
import { Skeleton } from '../common/Skeleton';
import { PeriodSelect } from './PeriodSelect';

function Figure({ label, testId, value, children }: { label: string; testId: string; value: string; children?: ReactNode }) {
  return (
    <div className="figure">
      <dt className="figure__label">{label}</dt>
      <dd className="figure__value">
        <span data-testid={testId}>{value}</span>
      </dd>
      {children}
    </div>
  );
}

function ShareBar({ label, part, total, testId }: { label: string; part: number; total: number; testId: string }) {
  const lang = useLang();
  const ratio = total > 0 ? Math.min(1, part / total) : 0;
  return (
    <dd className="share">
      <span className="share__label">{label}</span>
      <span className="share__bar" aria-hidden="true">
        <span style={{ width: `${ratio * 100}%` }} />
      </span>
      <span className="share__value" data-testid={testId}>
        {formatShare(part, total, lang)}
      </span>
    </dd>
  );
}

export interface SummaryPanelProps {
  query: UseQueryResult<Summary, Error>;
  /** The chosen sales year; null = all years. */
  year: number | null;
  onYearChange: (year: number | null) => void;
  /** Money in som (default) or US dollars; the other currency is shown small beneath. */
  currency?: Currency;
  /** A range of sales years from the filters (when it is more than one year). */
  range?: { from: number | null; to: number | null };
}

export function SummaryPanel({ query, year, onYearChange, currency = 'KGS', range }: SummaryPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error, isPending, isFetching, isPlaceholderData, refetch } = query;

  return (
    <section className="card summary" aria-busy={isPending || isFetching}>
      <div className="card__header">
        <h2 className="card__title">{t('summary.title')}</h2>
        <span className="card__meta" data-testid="summary-period" aria-live="polite">
          {year !== null
            ? t('summary.period', { year })
            : range && (range.from !== null || range.to !== null)
              ? t('summary.range', { from: range.from ?? '…', to: range.to ?? '…' })
              : t('summary.allYears')}
        </span>
      </div>
      <PeriodSelect year={year} onChange={onYearChange} ranged={year === null && range !== undefined && (range.from !== null || range.to !== null)} />

      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} compact />}

      {isPending && (
        <div className="summary__grid" role="status" aria-label={t('common.loading')}>
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="figure">
              <Skeleton width="60%" height="0.8em" />
              <Skeleton width="80%" height="1.6em" />
            </div>
          ))}
        </div>
      )}

      {data && (
        <dl className={`summary__grid${isPlaceholderData ? ' summary__grid--stale' : ''}`}>
          <Figure label={t('summary.sites')} testId="summary-sites" value={formatInteger(data.sites, lang)} />
          <Figure
            label={t('summary.households')}
            testId="summary-households"
            value={formatInteger(data.households, lang)}
          />
          <Figure
            label={t('summary.participants')}
            testId="summary-participants"
            value={formatInteger(data.participants, lang)}
          />
          <Figure
            label={t('summary.producers')}
            testId="summary-producers"
            value={formatInteger(data.producers.total, lang)}
          >
            <ShareBar
              label={t('summary.women')}
              part={data.producers.women}
              total={data.producers.total}
              testId="summary-producers-women"
            />
            <ShareBar
              label={t('summary.youth')}
              part={data.producers.youth}
              total={data.producers.total}
              testId="summary-producers-youth"
            />
          </Figure>
          <div className="figure figure--wide">
            <dt className="figure__label">{t('summary.sales')}</dt>
            <dd className="figure__value">
              <span data-testid={`summary-sales-${currency.toLowerCase()}`}>
                {formatMoney(currency === 'KGS' ? data.salesKgs : data.salesUsd, currency, lang)}
              </span>
            </dd>
            <dd className="figure__sub">
              <span className="visually-hidden">{t(currency === 'KGS' ? 'summary.salesUsd' : 'summary.salesKgs')}: </span>
              <span data-testid={`summary-sales-${currency === 'KGS' ? 'usd' : 'kgs'}-compact`}>
                {currency === 'KGS'
                  ? formatCompactMoney(data.salesUsd, 'USD', lang)
                  : formatCompactMoney(data.salesKgs, 'KGS', lang)}
              </span>
            </dd>
          </div>
          <div className="figure figure--wide">
            <dt className="figure__label">{t('summary.restoration')}</dt>
            <dd className="figure__value" data-testid="summary-restoration">
              <span data-testid="summary-restoration-done">{formatHectares(data.restorationHa.done, lang)}</span>
            </dd>
            <dd className="figure__sub">
              <Trans
                i18nKey="summary.restorationOf"
                values={{ planned: formatHectares(data.restorationHa.planned, lang) }}
                components={{ n: <span data-testid="summary-restoration-planned" /> }}
              />
            </dd>
            <dd className="progress" aria-hidden="true">
              <span
                style={{
                  width: `${data.restorationHa.planned > 0 ? Math.min(100, (100 * data.restorationHa.done) / data.restorationHa.planned) : 0}%`,
                }}
              />
            </dd>
            <dd className="visually-hidden">
              {t('summary.restorationProgress', {
                percent: formatShare(data.restorationHa.done, data.restorationHa.planned, lang),
              })}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
