import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type SummaryFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

export function useSummary(filters: SummaryFilters = {}) {
  return useQuery({
    queryKey: ['summary', filters.region ?? null, filters.year ?? null],
    queryFn: ({ signal }) => api.summary(filters, signal),
    staleTime: STALE_TIME_MS,
    // Changing the period keeps the last figures on screen (dimmed) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
