import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type SiteCollection, type SiteFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { keepRayon } from '../lib/rayon-filter';

/** The sites query for some filters; main.tsx prefetches it for the first view before React renders. */
export function sitesQuery(filters: SiteFilters = {}) {
  const server: SiteFilters = { region: filters.region ?? null, hazard: filters.hazard ?? null, status: filters.status ?? null };
  return queryOptions({
    queryKey: ['sites', server.region, server.hazard, server.status],
    queryFn: ({ signal }) => api.sites(server, signal),
    staleTime: STALE_TIME_MS,
  });
}

/** Sites narrowed by region, hazard and status on the server, and by rayon here (21 rows: not worth a route). */
export function useSites(filters: SiteFilters & { rayon?: string | null } = {}) {
  const rayon = filters.rayon ?? null;
  // A new filter's sites replace the last ones when they come: the map keeps drawing the old ones meanwhile rather
  // than nothing (which flashed the map empty on every filter switch).
  return useQuery({ ...sitesQuery(filters), select: (data: SiteCollection) => keepRayon(data, rayon), placeholderData: keepPreviousData });
}
