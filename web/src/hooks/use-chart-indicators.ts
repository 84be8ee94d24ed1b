import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { chartApi, chartSummaryUrl, type ChartScope } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { scopeKey } from '../state/chart-scope';

/** Results-framework indicators with baseline, target and actual by year (GET /api/summary/indicators). */
export function useChartIndicators(scope: ChartScope) {
  const query = useQuery({
    queryKey: ['chart', 'indicators', ...scopeKey(scope)],
    queryFn: ({ signal }) => chartApi.indicators(scope, signal),
    staleTime: STALE_TIME_MS,
    placeholderData: keepPreviousData,
  });
  return { query, csvUrl: chartSummaryUrl('indicators', scope, { csv: true }) };
}
