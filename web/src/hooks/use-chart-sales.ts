// Sales summaries behind the charts (GET /api/summary/sales): one grouping for one scope, cancellable (the query's
// signal reaches fetch), cached under a key naming every scope parameter, the last answer kept on screen while a
// new filter's arrives.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { chartApi, chartSummaryUrl, type ChartScope, type SalesGrouping } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { scopeKey } from '../state/chart-scope';

/** The query of one sales grouping for a scope (shared with use-settled-view, which waits for it). */
export const chartSalesQuery = (scope: ChartScope, by: SalesGrouping) =>
  queryOptions({
    queryKey: ['chart', 'sales', by, ...scopeKey(scope)],
    queryFn: ({ signal }) => chartApi.sales(scope, by, signal),
    staleTime: STALE_TIME_MS,
    placeholderData: keepPreviousData,
  });

/** The grouping of sales over time by channel: by year, or by month. */
export const channelGrouping = (by: 'year' | 'month'): SalesGrouping => (by === 'year' ? 'year_channel' : 'month_channel');

/** Sales of a scope grouped by region, category, year, … with the CSV of exactly that answer. */
export function useChartSales(scope: ChartScope, by: SalesGrouping) {
  const query = useQuery(chartSalesQuery(scope, by));
  return { query, csvUrl: chartSummaryUrl('sales', scope, { by, csv: true }) };
}

/** Sales over time split by channel (by=year_channel or month_channel): one row per period and channel. */
export function useChartSalesByChannel(scope: ChartScope, by: 'year' | 'month') {
  return useChartSales(scope, channelGrouping(by));
}
