import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { chartApi, chartSummaryUrl, type ChartScope } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { scopeKey } from '../state/chart-scope';

/** The query for a scope (shared with use-settled-view, which waits for it). */
export const chartParticipantsQuery = (scope: ChartScope) =>
  queryOptions({
    queryKey: ['chart', 'participants', ...scopeKey(scope)],
    queryFn: ({ signal }) => chartApi.participants(scope, signal),
    staleTime: STALE_TIME_MS,
    placeholderData: keepPreviousData,
  });

/** Producers and training participants by sex and age group (GET /api/summary/participants). */
export function useChartParticipants(scope: ChartScope) {
  const query = useQuery(chartParticipantsQuery(scope));
  return { query, csvUrl: chartSummaryUrl('participants', scope, { csv: true }) };
}
