// The results framework for donors: each indicator by region with baseline, latest actual against that year's
// target, the end target, progress towards it and status, sortable by every column, opened by sex and youth, and
// downloadable as the API's CSV of exactly these rows. Loaded on demand (default export, React.lazy): it is not
// part of the map's first bundle.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionName } from '../../hooks/use-region-detail';
import { resultsCsvUrl, useResults } from '../../hooks/use-results';
import { useLang } from '../../i18n';
import { localName } from '../../lib/names';
import { ErrorNotice } from '../common/ErrorNotice';
import { ResultRows, rowKey } from './ResultRows';
import { SORT_COLUMNS, nextSort, sortResults, type SortColumn, type SortState } from './sort-results';
import './results.css';

export interface ResultsTableProps {
  /** Oblast code from the view's filters or the selected region; null = every region and the national rows. */
  region: string | null;
  /** Closes the table (shown as a close button and on Escape); absent = the table stays. */
  onClose?: () => void;
  /** Shown over its positioned parent (the map area), filling it less a margin. */
  overlay?: boolean;
}

const NUMERIC: ReadonlySet<SortColumn> = new Set(['baseline', 'latestActual', 'latestTarget', 'endTarget', 'percentOfEndTarget']);

export default function ResultsTable({ region, onClose, overlay = false }: ResultsTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = useId();
  const query = useResults({ region });
  const { data, error, isPending, isPlaceholderData, refetch } = query;
  const [sort, setSort] = useState<SortState | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(() => sortResults(data?.rows ?? [], sort, lang), [data, sort, lang]);
  const expandable = rows.filter((r) => r.groups.length > 0).map(rowKey);
  const allOpen = expandable.length > 0 && expandable.every((k) => open.has(k));
  // One region's rows all name it: the subtitle says which, and the table keeps its width for the figures.
  const showRegion = region === null;
  const columns = SORT_COLUMNS.filter((c) => showRegion || c !== 'region');

  useEffect(() => {
    if (!onClose) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  // From GET /api/regions (already loaded for the map), so a region without indicators is named too.
  const regionNames = useRegionName(region);
  const regionName = region === null ? t('results.allRegions') : localName(regionNames, lang) || region;
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const table = (
    <section className="results card" aria-labelledby={titleId} data-testid="results-table" aria-busy={isPending || query.isFetching}>
      <div className="results__header">
        <div>
          <h2 className="results__title" id={titleId}>{t('results.title')}</h2>
          <p className="results__subtitle" data-testid="results-region">
            {regionName}
            {data?.isSample && (
              <span className="results__sample" data-testid="results-sample"> · {t('results.sample')}</span>
            )}
          </p>
        </div>
        <div className="results__actions">
          {expandable.length > 0 && (
            <button type="button" className="results__link-button" onClick={() => setOpen(allOpen ? new Set() : new Set(expandable))}>
              {t(allOpen ? 'results.collapseAll' : 'results.expandAll')}
            </button>
          )}
          <a className="button results__csv" href={resultsCsvUrl({ region })} download data-testid="results-csv">
            {t('results.downloadCsv')}
          </a>
          {onClose && (
            <button type="button" className="icon-button" onClick={onClose} aria-label={t('results.close')} data-testid="results-close">
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="m3.5 3.5 9 9m0-9-9 9" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </button>
          )}
        </div>
      </div>

      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} compact />}
      {isPending && <p className="hint" role="status">{t('common.loading')}</p>}
      {data && rows.length === 0 && <p className="hint" data-testid="results-empty">{t('results.empty', { region: regionName })}</p>}

      {rows.length > 0 && (
        <div className="results__scroll">
          <table className={`results__table${isPlaceholderData ? ' results__table--stale' : ''}`}>
            <caption className="visually-hidden">{t('results.caption', { region: regionName })}</caption>
            <thead>
              <tr>
                <td />
                {columns.map((column) => (
                  <th
                    key={column}
                    scope="col"
                    className={NUMERIC.has(column) ? 'num' : undefined}
                    aria-sort={sort?.column === column ? sort.direction : undefined}
                    data-col={column}
                  >
                    <button type="button" className="results__sort" data-testid={`results-sort-${column}`} onClick={() => setSort((s) => nextSort(s, column))}>
                      {t(`results.column.${column}`)}
                      <span className="results__sort-mark" aria-hidden="true">
                        {sort?.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <ResultRows rows={rows} open={open} onToggle={toggle} showRegion={showRegion} />
          </table>
        </div>
      )}
      <p className="results__note">{t('results.note')}</p>
    </section>
  );
  return overlay ? <div className="results-overlay">{table}</div> : table;
}
