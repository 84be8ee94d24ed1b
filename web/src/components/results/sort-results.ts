// Sorting the results table by any column (pure, tested without a DOM). Rows without a value go last whichever
// the direction; "<5" sorts as 2.5 people (between 0 and 5), which is all anyone can know of it.
import type { ResultRow, ResultStatus } from '../../hooks/use-results';
import { localName } from '../../lib/names';
import type { Lang } from '../../lib/config';

export const SORT_COLUMNS = [
  'indicator', 'region', 'baseline', 'latestActual', 'latestTarget', 'endTarget', 'percentOfEndTarget', 'status',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

/** Worst last when ascending: on track, at risk, off track, then no data. */
const STATUS_ORDER: Record<ResultStatus, number> = { on_track: 0, at_risk: 1, off_track: 2, no_data: 3 };
const SMALL_COUNT_SORTS_AS = 2.5;

type Key = number | string | null;

function keyOf(row: ResultRow, column: SortColumn, lang: Lang): Key {
  switch (column) {
    case 'indicator':
      return localName(row.name, lang);
    case 'region':
      // The national row first when ascending: it is the sum the regions are read against.
      return row.region === null ? '' : localName(row.regionName, lang) || row.region;
    case 'status':
      return row.status === 'no_data' ? null : STATUS_ORDER[row.status];
    case 'latestActual':
      return row.latestActual === '<5' ? SMALL_COUNT_SORTS_AS : row.latestActual;
    default:
      return row[column];
  }
}

function compareKeys(a: Key, b: Key, lang: Lang): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, lang);
  return (a as number) - (b as number);
}

/** The rows sorted by `sort` (stable: equal keys keep the API's order, indicator code then region). */
export function sortResults(rows: readonly ResultRow[], sort: SortState | null, lang: Lang): ResultRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: keyOf(row, sort.column, lang) }))
    .sort((x, y) => {
      if (x.key === null || y.key === null) {
        if (x.key === y.key) return x.index - y.index;
        return x.key === null ? 1 : -1;
      }
      return sign * compareKeys(x.key, y.key, lang) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** A click on a column: sort by it ascending, or flip the direction if it already sorts. */
export function nextSort(current: SortState | null, column: SortColumn): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}
