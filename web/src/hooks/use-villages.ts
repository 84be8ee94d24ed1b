import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

export function useVillages() {
  return useQuery({
    queryKey: ['villages'],
    queryFn: ({ signal }) => api.villages(signal),
    staleTime: STALE_TIME_MS,
  });
}
