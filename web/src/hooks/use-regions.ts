import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => api.regions(signal),
    staleTime: STALE_TIME_MS,
  });
}
