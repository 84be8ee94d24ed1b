import { useQuery } from '@tanstack/react-query';
import { api, type SiteCollection, type SiteFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { keepRayon } from '../lib/rayon-filter';

/** Sites narrowed by region, hazard and status on the server, and by rayon here (21 rows: not worth a route). */
export function useSites(filters: SiteFilters & { rayon?: string | null } = {}) {
  const rayon = filters.rayon ?? null;
  return useQuery({
    queryKey: ['sites', filters.region ?? null, filters.hazard ?? null, filters.status ?? null],
    queryFn: ({ signal }) => api.sites(filters, signal),
    staleTime: STALE_TIME_MS,
    select: (data: SiteCollection) => keepRayon(data, rayon),
  });
}
