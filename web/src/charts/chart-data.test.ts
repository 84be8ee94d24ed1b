import { describe, expect, it } from 'vitest';
import type { IndicatorRow, IndicatorsSummary, ParticipantsSummary, SalesSummary, SalesSummaryRow } from '../lib/api';
import { barLength, channelRows, indicatorList, indicatorRegion, indicatorSeries, peopleRows, salesBars } from './chart-data';

const filters: SalesSummary['filters'] = {
  region: null, rayon: null, site: null, village: null, area: null, hazard: null, status: null, category: null, channel: null, from: null, to: null,
};
const row = (key: string, channel: SalesSummaryRow['channel'], salesKgs: number, salesUsd: number | null): SalesSummaryRow => ({
  key, channel, name: null, salesKgs, salesUsd, sourceIds: ['s'], isSample: true,
});
const sales = (by: SalesSummary['by'], rows: SalesSummaryRow[]): SalesSummary => ({
  by, filters, rows, total: { salesKgs: 999, salesUsd: 9 }, sourceIds: ['s'], isSample: true,
});

describe('chart data', () => {
  it('draws exactly the API figures in the chosen currency, null where no US$ rate exists', () => {
    const s = sales('region', [row('KG-J', null, 100, 1.5), row('KG-O', null, 50, null)]);
    expect(salesBars(s, 'KGS').map((b) => b.value)).toEqual([100, 50]);
    expect(salesBars(s, 'USD').map((b) => b.value)).toEqual([1.5, null]);
  });

  it('pivots year × channel rows into one row per period, keeping the API order and leaving gaps empty', () => {
    const s = sales('year_channel', [row('2024', 'fair', 10, 1), row('2024', 'online', 20, 2), row('2025', 'fair', 30, 3)]);
    const { rows, channels } = channelRows(s, 'KGS');
    expect(rows).toEqual([{ key: '2024', fair: 10, online: 20 }, { key: '2025', fair: 30 }]);
    expect(channels).toEqual(['fair', 'online']);
    expect(channelRows(s, 'USD').rows[0]).toEqual({ key: '2024', fair: 1, online: 2 });
  });

  it('keeps "<5" as "<5" and draws no bar for it', () => {
    expect(barLength('<5')).toBe(0);
    expect(barLength(12)).toBe(12);
    const people = (n: number | '<5') => ({ total: n, women: n, men: n, youth: n, adult: n });
    const p = {
      filters,
      producers: { groups: 2, ...people(10) },
      trainingParticipants: { sessions: 1, ...people('<5'), sourceIds: [], isSample: true },
      trainings: [{ topic: 'bookkeeping', sessions: 1, participants: '<5', women: '<5', men: 0, youth: '<5', adult: 0, sourceIds: [], isSample: true }],
      sourceIds: [],
      isSample: true,
    } as unknown as ParticipantsSummary;
    const rows = peopleRows(p);
    expect(rows.map((r) => r.key)).toEqual(['producers', 'trainings', 'bookkeeping']);
    expect(rows[1]!.women).toBe('<5');
    expect(rows[2]).toMatchObject({ total: '<5', men: 0 });
  });

  it('picks the indicator rows of the scope\'s region, else the national ones, for everyone, by year', () => {
    const base: Omit<IndicatorRow, 'year' | 'region' | 'actual' | 'sex'> = {
      code: 'PDO-1', name: { ky: 'a', ru: 'a', en: 'a' }, unit: 'people', higherIsBetter: true, regionName: null,
      ageGroup: 'all', baseline: 0, target: 10, endTarget: 20, percentOfTarget: null, expectedPercent: 50,
      status: 'no_data', sourceId: 's', isSample: true,
    } as Omit<IndicatorRow, 'year' | 'region' | 'actual' | 'sex'>;
    const r = (region: string | null, year: number, actual: IndicatorRow['actual'], sex: IndicatorRow['sex'] = 'all') =>
      ({ ...base, region, year, actual, sex }) as IndicatorRow;
    const summary = {
      filters, programme: { startYear: 2024, endYear: 2029 }, sourceIds: [], isSample: true,
      rows: [r(null, 2025, 7), r(null, 2024, 3), r('KG-J', 2024, '<5'), r(null, 2024, 2, 'women')],
    } as unknown as IndicatorsSummary;
    expect(indicatorList(summary).map((i) => i.code)).toEqual(['PDO-1']);
    expect(indicatorRegion(summary, 'PDO-1', null)).toBeNull();
    expect(indicatorRegion(summary, 'PDO-1', 'KG-J')).toBe('KG-J');
    expect(indicatorRegion(summary, 'PDO-1', 'KG-O')).toBeNull();
    expect(indicatorSeries(summary, 'PDO-1', null).map((p) => [p.year, p.actual])).toEqual([[2024, 3], [2025, 7]]);
    expect(indicatorSeries(summary, 'PDO-1', 'KG-J')[0]).toMatchObject({ actual: null, actualValue: '<5' });
  });
});
