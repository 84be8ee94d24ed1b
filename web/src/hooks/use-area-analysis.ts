import { useQuery } from '@tanstack/react-query';
import type { Polygon } from 'geojson';
import { api, ApiError } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

/**
 * What lies in the drawn area (POST /api/analysis/area), keyed by the geometry: drawing the same area again is
 * answered from the cache. A 4xx (crossing lines, too large …) is the person's to fix, so it is not retried.
 */
export function useAreaAnalysis(area: Polygon | null) {
  return useQuery({
    queryKey: ['area', area ? JSON.stringify(area.coordinates) : null],
    queryFn: ({ signal }) => api.area(area!, signal),
    enabled: area !== null,
    staleTime: STALE_TIME_MS,
    retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
  });
}
