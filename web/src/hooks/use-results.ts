// The results framework by region (GET /api/results) and the address of its CSV, for the results table.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiUrl, getJson, type ResponseBody } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

export type Results = ResponseBody<'/api/results'>;
export type ResultRow = Results['rows'][number];
export type ResultGroup = ResultRow['groups'][number];
export type ResultStatus = ResultRow['status'];

export interface ResultsFilters {
  /** Oblast code; null = every region and the national rows. */
  region: string | null;
  indicator?: string | null;
}

const query = (f: ResultsFilters) => ({ region: f.region, indicator: f.indicator ?? null });

/** The CSV download of exactly these filters (the server names the file by region and date). */
export function resultsCsvUrl(filters: ResultsFilters): string {
  return apiUrl('/api/results', { query: { ...query(filters), format: 'csv' } });
}

export function useResults(filters: ResultsFilters) {
  const q = query(filters);
  return useQuery({
    queryKey: ['results', q.region, q.indicator],
    queryFn: ({ signal }) => getJson<Results>(apiUrl('/api/results', { query: q }), signal),
    staleTime: STALE_TIME_MS,
    // A new region keeps the last table on screen (dimmed) until its rows arrive.
    placeholderData: keepPreviousData,
  });
}
