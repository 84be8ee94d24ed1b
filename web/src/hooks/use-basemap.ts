import { useQuery } from '@tanstack/react-query';
import { loadBasemap } from '../basemap/load';

/** The offline base-map files. They never change while the page is open. */
export function useBasemap() {
  return useQuery({
    queryKey: ['basemap'],
    queryFn: ({ signal }) => loadBasemap(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
