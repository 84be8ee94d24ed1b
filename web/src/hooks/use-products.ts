import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

/** Every OVOP+1 product (about a hundred): the search box looks through them. */
export function useProducts({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['products'],
    queryFn: ({ signal }) => api.products({}, signal),
    staleTime: STALE_TIME_MS,
    enabled,
  });
}
