import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../hooks/use-results';
import { nextSort, sortResults } from './sort-results';

const row = (over: Partial<ResultRow>): ResultRow => ({
  indicator: 'PDO-1',
  name: { ky: 'Б', ru: 'Б', en: 'B' },
  unit: 'people',
  higherIsBetter: true,
  region: 'KG-J',
  regionName: { ky: 'Жалал-Абад', ru: 'Джалал-Абад', en: 'Jalal-Abad' },
  baseline: 0,
  baselineYear: 2024,
  latestYear: 2025,
  latestActual: 10,
  latestTarget: 20,
  endTarget: 100,
  endYear: 2029,
  percentOfEndTarget: 10,
  status: 'at_risk',
  groups: [],
  sourceIds: ['s'],
  isSample: true,
  ...over,
});

describe('sortResults', () => {
  const a = row({ indicator: 'A', latestActual: 7, percentOfEndTarget: 50, status: 'off_track' });
  const b = row({ indicator: 'B', latestActual: '<5', percentOfEndTarget: null, status: 'on_track' });
  const c = row({ indicator: 'C', latestActual: null, percentOfEndTarget: 5, status: 'no_data' });
  const d = row({ indicator: 'D', latestActual: 0, percentOfEndTarget: 0, status: 'at_risk' });
  const codes = (rows: ResultRow[]) => rows.map((r) => r.indicator);

  it('sorts numbers both ways with "<5" between 0 and 5 and missing values last either way', () => {
    expect(codes(sortResults([a, b, c, d], { column: 'latestActual', direction: 'ascending' }, 'en'))).toEqual(['D', 'B', 'A', 'C']);
    expect(codes(sortResults([a, b, c, d], { column: 'latestActual', direction: 'descending' }, 'en'))).toEqual(['A', 'B', 'D', 'C']);
    expect(codes(sortResults([a, b, c, d], { column: 'percentOfEndTarget', direction: 'descending' }, 'en'))).toEqual(['A', 'C', 'D', 'B']);
  });

  it('sorts status from on track to off track, no data last, and keeps the API order without a sort', () => {
    expect(codes(sortResults([a, b, c, d], { column: 'status', direction: 'ascending' }, 'en'))).toEqual(['B', 'D', 'A', 'C']);
    expect(codes(sortResults([c, a, d, b], null, 'en'))).toEqual(['C', 'A', 'D', 'B']);
  });

  it('sorts names in the interface language and puts the national row first', () => {
    const national = row({ indicator: 'N', region: null, regionName: null });
    const naryn = row({ indicator: 'R', region: 'KG-N', regionName: { ky: 'Нарын', ru: 'Нарын', en: 'Naryn' } });
    expect(codes(sortResults([naryn, a, national], { column: 'region', direction: 'ascending' }, 'ru'))).toEqual(['N', 'A', 'R']);
    const x = row({ indicator: 'X', name: { ky: 'Я', ru: 'Я', en: 'Apple' } });
    const y = row({ indicator: 'Y', name: { ky: 'А', ru: 'А', en: 'Zebra' } });
    expect(codes(sortResults([x, y], { column: 'indicator', direction: 'ascending' }, 'en'))).toEqual(['X', 'Y']);
    expect(codes(sortResults([x, y], { column: 'indicator', direction: 'ascending' }, 'ru'))).toEqual(['Y', 'X']);
  });
});

describe('nextSort', () => {
  it('starts ascending on a new column and flips on the same one', () => {
    expect(nextSort(null, 'status')).toEqual({ column: 'status', direction: 'ascending' });
    expect(nextSort({ column: 'status', direction: 'ascending' }, 'status')).toEqual({ column: 'status', direction: 'descending' });
    expect(nextSort({ column: 'status', direction: 'descending' }, 'baseline')).toEqual({ column: 'baseline', direction: 'ascending' });
  });
});
