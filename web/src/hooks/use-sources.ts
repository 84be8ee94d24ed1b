// Where the figures come from (GET /api/sources): fetched once and kept, since sources change only on import.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiUrl, getJson, type ResponseBody } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

export type SourceList = ResponseBody<'/api/sources'>;
export type Source = SourceList['sources'][number];

export function useSources() {
  const query = useQuery({
    queryKey: ['sources'],
    queryFn: ({ signal }) => getJson<SourceList>(apiUrl('/api/sources'), signal),
    staleTime: STALE_TIME_MS,
  });
  const byId = useMemo(() => new Map((query.data?.sources ?? []).map((s) => [s.id, s])), [query.data]);
  return { ...query, byId };
}
