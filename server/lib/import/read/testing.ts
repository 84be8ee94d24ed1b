// Shared by the readers' tests (and the import core's): where the fixtures are, and draining a ReadResult.
import { resolve } from 'node:path';
import type { ReadResult, SourceRecord } from './types.ts';

export const IMPORT_FIXTURES = resolve(import.meta.dirname, '../../../../test/fixtures/import');

export const fixture = (name: string): { path: string } => ({ path: resolve(IMPORT_FIXTURES, name) });

export async function collect(result: ReadResult): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for await (const record of result.records) records.push(record);
  return records;
}

/** Great-circle distance in metres (haversine, mean Earth radius): enough to check a point to within a metre. */
export function metresBetween(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const [lon1, lat1] = [a[0]! * rad, a[1]! * rad];
  const [lon2, lat2] = [b[0]! * rad, b[1]! * rad];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}
