import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { useRegions } from './use-regions';

/** Key figures of one oblast or city (GET /api/summary?region=), the site count included. */
export function useRegionDetail(code: string | null) {
  return useQuery({
    queryKey: ['region-summary', code],
    queryFn: ({ signal }) => api.summary({ region: code }, signal),
    enabled: code !== null,
    staleTime: STALE_TIME_MS,
  });
}

/** The name of an oblast or city (GET /api/regions, cached), or null while unknown. */
export function useRegionName(code: string | null) {
  const regions = useRegions();
  if (code === null) return null;
  return regions.data?.features.find((f) => f.properties.code === code)?.properties.name ?? null;
}
