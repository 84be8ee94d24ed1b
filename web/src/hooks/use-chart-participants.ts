import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { chartApi, chartSummaryUrl, type ChartScope } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { scopeKey } from '../state/chart-scope';

/** Producers and training participants by sex and age group (GET /api/summary/participants). */
export function useChartParticipants(scope: ChartScope) {
  const query = useQuery({
    queryKey: ['chart', 'participants', ...scopeKey(scope)],
    queryFn: ({ signal }) => chartApi.participants(scope, signal),
    staleTime: STALE_TIME_MS,
    placeholderData: keepPreviousData,
  });
  return { query, csvUrl: chartSummaryUrl('participants', scope, { csv: true }) };
}
