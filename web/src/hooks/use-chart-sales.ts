// Sales summaries behind the charts (GET /api/summary/sales): one grouping for one scope, cancellable (the query's
// signal reaches fetch), cached under a key naming every scope parameter, the last answer kept on screen while a
// new filter's arrives.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { chartApi, chartSummaryUrl, type ChartScope, type SalesGrouping } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { scopeKey } from '../state/chart-scope';

const salesQuery = (scope: ChartScope, by: SalesGrouping) => ({
  queryKey: ['chart', 'sales', by, ...scopeKey(scope)],
  queryFn: ({ signal }: { signal: AbortSignal }) => chartApi.sales(scope, by, signal),
  staleTime: STALE_TIME_MS,
  placeholderData: keepPreviousData,
});

/** Sales of a scope grouped by region, category, year, … with the CSV of exactly that answer. */
export function useChartSales(scope: ChartScope, by: SalesGrouping) {
  const query = useQuery(salesQuery(scope, by));
  return { query, csvUrl: chartSummaryUrl('sales', scope, { by, csv: true }) };
}

/** Sales over time split by channel (by=year_channel or month_channel): one row per period and channel. */
export function useChartSalesByChannel(scope: ChartScope, by: 'year' | 'month') {
  return useChartSales(scope, by === 'year' ? 'year_channel' : 'month_channel');
}
