import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { chartApi, chartSummaryUrl, type ChartScope } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { scopeKey } from '../state/chart-scope';

/** The query for a scope (shared with use-settled-view, which waits for it). */
export const chartIndicatorsQuery = (scope: ChartScope) =>
  queryOptions({
    queryKey: ['chart', 'indicators', ...scopeKey(scope)],
    queryFn: ({ signal }) => chartApi.indicators(scope, signal),
    staleTime: STALE_TIME_MS,
    placeholderData: keepPreviousData,
  });

/** Results-framework indicators with baseline, target and actual by year (GET /api/summary/indicators). */
export function useChartIndicators(scope: ChartScope) {
  const query = useQuery(chartIndicatorsQuery(scope));
  return { query, csvUrl: chartSummaryUrl('indicators', scope, { csv: true }) };
}
