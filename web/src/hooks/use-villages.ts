import { useQuery } from '@tanstack/react-query';
import { api, type VillageCollection, type VillageFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { keepRayon } from '../lib/rayon-filter';

/** Villages narrowed by region and exposure to a hazard type or status on the server, and by rayon here. */
export function useVillages(filters: VillageFilters & { rayon?: string | null } = {}) {
  const rayon = filters.rayon ?? null;
  return useQuery({
    queryKey: ['villages', filters.region ?? null, filters.hazard ?? null, filters.status ?? null],
    queryFn: ({ signal }) => api.villages(filters, signal),
    staleTime: STALE_TIME_MS,
    select: (data: VillageCollection) => keepRayon(data, rayon),
  });
}
