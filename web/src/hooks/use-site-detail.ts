import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

/** One site with its exposure at a radius (GET /api/sites/:id?radiusKm=); off while no site is selected. */
export function useSiteDetail(code: string | null, radiusKm: number) {
  return useQuery({
    queryKey: ['site', code, radiusKm],
    queryFn: ({ signal }) => api.site(code!, radiusKm, signal),
    enabled: code !== null,
    staleTime: STALE_TIME_MS,
    // Moving the radius slider keeps the last figures on screen until the new ones arrive.
    placeholderData: (previous) => (previous?.properties.code === code ? previous : undefined),
  });
}
