import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { chartApi, chartSummaryUrl, type ChartScope } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { scopeKey } from '../state/chart-scope';

/** The query for a scope (shared with use-settled-view, which waits for it). */
export const chartRestorationQuery = (scope: ChartScope) =>
  queryOptions({
    queryKey: ['chart', 'restoration', ...scopeKey(scope)],
    queryFn: ({ signal }) => chartApi.restoration(scope, signal),
    staleTime: STALE_TIME_MS,
    placeholderData: keepPreviousData,
  });

/** Restoration hectares planned and done by year, with the target (GET /api/summary/restoration). */
export function useChartRestoration(scope: ChartScope) {
  const query = useQuery(chartRestorationQuery(scope));
  return { query, csvUrl: chartSummaryUrl('restoration', scope, { csv: true }) };
}
