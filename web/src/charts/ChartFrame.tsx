// What every chart has around it: a heading, the sample-data mark, the CSV of exactly its data, and the states
// a person meets (loading skeleton, an error with a retry, an empty answer), plus the numbers as a table for screen
// readers and keyboards (a chart's bars are not reachable by keyboard; the table's buttons filter the same way).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/common/ErrorNotice';
import { Skeleton } from '../components/common/Skeleton';

export interface ChartQueryState {
  error: Error | null;
  isPending: boolean;
  /** The last answer is shown while the one for new filters is on its way. */
  isPlaceholderData?: boolean;
  refetch: () => void;
}

export function ChartFrame({
  id,
  title,
  state,
  isEmpty,
  isSample,
  csvUrl,
  summary,
  table,
  controls,
  note,
  children,
}: {
  /** Stable name, used for test ids and the CSV link. */
  id: string;
  title: string;
  state: ChartQueryState;
  isEmpty: boolean;
  isSample: boolean;
  csvUrl: string;
  /** One sentence saying what the chart shows, read out instead of the picture. */
  summary: string;
  /** The chart's numbers as a table (rows with their filter buttons). */
  table: ReactNode;
  controls?: ReactNode;
  note?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ready = !state.error && !state.isPending;
  return (
    <section
      className={`chart${state.isPlaceholderData ? ' chart--updating' : ''}`}
      aria-labelledby={titleId}
      aria-busy={state.isPending || state.isPlaceholderData ? true : undefined}
      data-testid={`chart-${id}`}
      data-state={state.error ? 'error' : state.isPending ? 'loading' : isEmpty ? 'empty' : state.isPlaceholderData ? 'updating' : 'ready'}
    >
      <header className="chart__header">
        <h3 className="chart__title" id={titleId}>
          {title}
        </h3>
        {ready && isSample && (
          <span className="chart__sample" role="note" title={t('charts.sampleHint')} data-testid="chart-sample">
            {t('charts.sample')}
            <span className="visually-hidden">: {t('charts.sampleHint')}</span>
          </span>
        )}
        <a className="chart__csv" href={csvUrl} download aria-label={t('charts.csvLabel', { title })} data-testid="chart-csv">
          {t('charts.csv')}
        </a>
      </header>
      {controls}
      {state.error ? (
        <ErrorNotice error={state.error} onRetry={state.refetch} compact />
      ) : state.isPending ? (
        <div className="chart__skeleton" role="status">
          <Skeleton height="180px" />
          <span className="visually-hidden">{t('charts.loading')}</span>
        </div>
      ) : isEmpty ? (
        <p className="chart__empty" data-testid="chart-empty">
          <strong>{t('charts.empty')}</strong> {t('charts.emptyHint')}
        </p>
      ) : (
        <>
          <figure className="chart__figure" aria-label={summary}>
            {/* Hidden from screen readers and out of the tab order (each chart sets accessibilityLayer={false}): the
                data table below has the same numbers, and its buttons filter as a click on the plot does. */}
            <div className="chart__plot" aria-hidden="true">
              {children}
            </div>
            <figcaption className="visually-hidden">{summary}</figcaption>
          </figure>
          {note && <p className="chart__note">{note}</p>}
          <details className="chart__data">
            <summary>{t('charts.showTable')}</summary>
            {table}
          </details>
        </>
      )}
    </section>
  );
}
