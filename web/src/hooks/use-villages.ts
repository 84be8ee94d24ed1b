import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type VillageCollection, type VillageFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { keepRayon } from '../lib/rayon-filter';

/** The villages query for some filters; main.tsx prefetches it for the first view before React renders. */
export function villagesQuery(filters: VillageFilters = {}) {
  const server: VillageFilters = { region: filters.region ?? null, hazard: filters.hazard ?? null, status: filters.status ?? null };
  return queryOptions({
    queryKey: ['villages', server.region, server.hazard, server.status],
    queryFn: ({ signal }) => api.villages(server, signal),
    staleTime: STALE_TIME_MS,
  });
}

/** Villages narrowed by region and exposure to a hazard type or status on the server, and by rayon here. */
export function useVillages(filters: VillageFilters & { rayon?: string | null } = {}) {
  const rayon = filters.rayon ?? null;
  // A new filter's villages replace the last ones when they come: the map keeps drawing the old ones meanwhile rather
  // than nothing (which flashed the map empty on every filter switch).
  return useQuery({ ...villagesQuery(filters), select: (data: VillageCollection) => keepRayon(data, rayon), placeholderData: keepPreviousData });
}
