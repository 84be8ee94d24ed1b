import { useQuery } from '@tanstack/react-query';
import { apiUrl, getJson, type ResponseBody } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

export type SourceList = ResponseBody<'/api/sources'>;
export type Source = SourceList['sources'][number];

/** Every source with publisher, date and whether it is sample data (GET /api/sources). */
export function useSources() {
  return useQuery({
    queryKey: ['sources'],
    queryFn: ({ signal }) => getJson<SourceList>(apiUrl('/api/sources'), signal),
    staleTime: STALE_TIME_MS,
  });
}
