import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadBasemap } from '../basemap/load';

/** The offline base-map files. They never change while the page is open. */
export const basemapQuery = queryOptions({
  queryKey: ['basemap'],
  queryFn: ({ signal }) => loadBasemap(signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

export function useBasemap() {
  return useQuery(basemapQuery);
}
