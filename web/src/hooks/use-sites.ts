import { useQuery } from '@tanstack/react-query';
import { api, type SiteFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

export function useSites(filters: SiteFilters = {}) {
  return useQuery({
    queryKey: ['sites', filters.region ?? null, filters.hazard ?? null, filters.status ?? null],
    queryFn: ({ signal }) => api.sites(filters, signal),
    staleTime: STALE_TIME_MS,
  });
}
