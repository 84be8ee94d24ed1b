import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type SummaryFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

/** GET /api/summary for a scope (shared with use-settled-view, which waits for it). */
export function summaryQuery(filters: SummaryFilters = {}) {
  const key = ['region', 'rayon', 'site', 'village', 'area', 'hazard', 'status', 'category', 'channel', 'year', 'from', 'to'] as const;
  return queryOptions({
    queryKey: ['summary', ...key.map((k) => filters[k] ?? null)],
    queryFn: ({ signal }) => api.summary(filters, signal),
    staleTime: STALE_TIME_MS,
  });
}

export function useSummary(filters: SummaryFilters = {}) {
  // Changing a filter keeps the last figures on screen (dimmed) until the new ones arrive.
  return useQuery({ ...summaryQuery(filters), placeholderData: keepPreviousData });
}
