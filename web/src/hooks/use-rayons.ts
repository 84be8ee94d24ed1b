import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

/** Rayons (districts) with their oblast, from the OGC collection. */
export function useRayons() {
  return useQuery({
    queryKey: ['rayons'],
    queryFn: ({ signal }) => api.rayons(signal),
    staleTime: STALE_TIME_MS,
  });
}
