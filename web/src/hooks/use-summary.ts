import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type SummaryFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

export function useSummary(filters: SummaryFilters = {}) {
  const key = ['region', 'rayon', 'site', 'village', 'area', 'hazard', 'status', 'category', 'channel', 'year', 'from', 'to'] as const;
  return useQuery({
    queryKey: ['summary', ...key.map((k) => filters[k] ?? null)],
    queryFn: ({ signal }) => api.summary(filters, signal),
    staleTime: STALE_TIME_MS,
    // Changing a filter keeps the last figures on screen (dimmed) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
