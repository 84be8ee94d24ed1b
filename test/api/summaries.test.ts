// The chart summaries on the fixtures (one edge case per row, see test/fixtures/README.md) and on the shipped data.
// Fixture geography: KG-J-V01 and V02 lie within 5 km of both KG-J-S01 and S02, V03 only of S02 (4.2 km),
// KG-O-V04 of KG-O-S03; KG-Y-V05 of none. Sales 2024: V01 20 M (felt, bishkek_shop), V02 15.5 M (honey, fair),
// V04 12.5 M (dairy, online), V05 15 M (sea_buckthorn, karakol_shop).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../server/schemas/api.ts';
import type {
  IndicatorsSummary,
  ParticipantsSummary,
  RestorationSummary,
  SalesByVillage,
  SalesSummary,
} from '../../server/schemas/summaries.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { json, useApi, type ApiContext } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const get = async <T>(api: ApiContext, url: string): Promise<T> => {
  const res = await api.app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return json<T>(res);
};
const cents = (x: number) => Math.round(x * 100) / 100;
const sumKgs = (s: SalesSummary) => cents(s.rows.reduce((a, r) => a + r.salesKgs, 0));
const byKey = (s: SalesSummary) => Object.fromEntries(s.rows.map((r) => [r.key, r.salesKgs]));

describe.each(testTargets())('summaries of the fixtures on the $kind database', (target) => {
  const api = useApi(target);

  describe('sales', () => {
    it('by year separates 2023, 2024 and 2025, and 2024 is 63,000,000 som', async () => {
      const s = await get<SalesSummary>(api, '/api/summary/sales?by=year');
      expect(byKey(s)).toEqual({ 2023: 500_000, 2024: 63_000_000, 2025: 1_000_000.55 });
      expect(s.total.salesKgs).toBeCloseTo(64_500_000.55, 2);
      expect(s.sourceIds).toEqual(['sample-programme']);
      expect(s.isSample).toBe(true);
    });

    it('by defaults to year', async () => {
      expect((await get<SalesSummary>(api, '/api/summary/sales')).by).toBe('year');
    });

    it('by channel, region and category each add up to /api/summary salesKgs for the same filters', async () => {
      for (const [filter, summaryQuery] of [['from=2024&to=2024', 'year=2024'], ['region=KG-J&from=2024&to=2024', 'region=KG-J&year=2024'], ['', '']]) {
        const summary = await get<Summary>(api, `/api/summary?${summaryQuery}`);
        for (const by of ['channel', 'region', 'category', 'year', 'month']) {
          const s = await get<SalesSummary>(api, `/api/summary/sales?by=${by}&${filter}`);
          expect(sumKgs(s), `by=${by} ${filter}`).toBe(cents(summary.salesKgs));
          expect(s.total.salesKgs).toBe(summary.salesKgs);
          expect(s.total.salesUsd).toBeCloseTo(summary.salesUsd, 1);
        }
      }
    });

    it('by channel gives the channels of 2024 with US$ at each month\'s rate', async () => {
      const s = await get<SalesSummary>(api, '/api/summary/sales?by=channel&from=2024&to=2024');
      expect(byKey(s)).toEqual({ bishkek_shop: 20_000_000, fair: 15_500_000, karakol_shop: 15_000_000, online: 12_500_000 });
      const fair = s.rows.find((r) => r.key === 'fair')!;
      expect(fair.salesUsd).toBeCloseTo(15_500_000 / 89.05, 2); // June 2024 uses the 2024-01-01 rate
      expect(fair.name).toBeNull();
    });

    it('by region names each oblast in three languages', async () => {
      const s = await get<SalesSummary>(api, '/api/summary/sales?by=region&from=2024&to=2024');
      expect(byKey(s)).toEqual({ 'KG-J': 35_500_000, 'KG-O': 12_500_000, 'KG-Y': 15_000_000 });
      expect(s.rows[0]!.name).toEqual({ ky: expect.stringMatching(/[А-Яа-яӨөҮүҢң]/), ru: expect.any(String), en: expect.any(String) });
    });

    it('by site counts a village near two sites under both, leaves villages near no site out, and counts the total once', async () => {
      const s = await get<SalesSummary>(api, '/api/summary/sales?by=site&from=2024&to=2024');
      expect(byKey(s)).toEqual({ 'KG-J-S01': 35_500_000, 'KG-J-S02': 35_500_000, 'KG-O-S03': 12_500_000 });
      expect(s.total.salesKgs).toBe(63_000_000);
      expect(s.rows[0]!.name!.en).toBe('Kökchököz');
    });

    it('site and hazard keep the villages exposed to that site or to sites of that hazard type', async () => {
      expect((await get<SalesSummary>(api, '/api/summary/sales?site=KG-O-S03&from=2024&to=2024')).total.salesKgs).toBe(12_500_000);
      expect((await get<SalesSummary>(api, '/api/summary/sales?hazard=mudflow&from=2024&to=2024')).total.salesKgs).toBe(35_500_000);
      const bySite = await get<SalesSummary>(api, '/api/summary/sales?by=site&hazard=landslide');
      expect(bySite.rows.map((r) => r.key)).toEqual(['KG-O-S03']);
      const none = await get<SalesSummary>(api, '/api/summary/sales?hazard=avalanche');
      expect(none).toMatchObject({ rows: [], total: { salesKgs: 0, salesUsd: null }, sourceIds: [], isSample: false });
    });

    it('a month period keeps only that month', async () => {
      const s = await get<SalesSummary>(api, '/api/summary/sales?by=month&from=2024-06&to=2024-07');
      expect(byKey(s)).toEqual({ '2024-06': 15_500_000, '2024-07': 12_500_000 });
    });
  });

  describe('sales by village and channel', () => {
    it('gives each producer village\'s sales per channel with its point, and the rows add up to by=channel', async () => {
      const s = await get<SalesByVillage>(api, '/api/summary/sales-by-village?from=2024&to=2024');
      expect(s.rows.map((r) => [r.village, r.channel, r.salesKgs])).toEqual([
        ['KG-J-V01', 'bishkek_shop', 20_000_000],
        ['KG-J-V02', 'fair', 15_500_000],
        ['KG-O-V04', 'online', 12_500_000],
        ['KG-Y-V05', 'karakol_shop', 15_000_000],
      ]);
      for (const r of s.rows) {
        expect(r.lon).toBeGreaterThan(69);
        expect(r.lat).toBeGreaterThan(39);
        expect(r.name.en.length).toBeGreaterThan(0);
      }
      const byChannel = await get<SalesSummary>(api, '/api/summary/sales?by=channel&from=2024&to=2024');
      expect(s.total.salesKgs).toBe(byChannel.total.salesKgs);
      expect(s.isSample).toBe(true);
    });

    it('takes the same filters as the other summaries, and a bad one is a 400', async () => {
      const jalalAbad = await get<SalesByVillage>(api, '/api/summary/sales-by-village?region=KG-J&from=2024&to=2024');
      expect(new Set(jalalAbad.rows.map((r) => r.oblastCode))).toEqual(new Set(['KG-J']));
      const none = await get<SalesByVillage>(api, '/api/summary/sales-by-village?from=2030');
      expect(none.rows).toEqual([]);
      expect(none.total.salesKgs).toBe(0);
      expect(none.isSample).toBe(false);
      expectProblem(await api.app.inject({ url: '/api/summary/sales-by-village?region=XX' }), 400);
    });
  });

  describe('participants', () => {
    it('counts producers by sex and age group, and training participants by topic', async () => {
      const p = await get<ParticipantsSummary>(api, '/api/summary/participants');
      expect(p.producers).toEqual({ groups: 4, total: 45, women: 29, men: 16, youth: 14, adult: 31 });
      expect(p.trainings).toEqual([
        { topic: 'product_development', sessions: 1, participants: 25, women: 18, men: 7, youth: 7, adult: 18, sourceIds: ['sample-programme'], isSample: true },
        { topic: 'quality_certification', sessions: 1, participants: 14, women: 6, men: 8, youth: '<5', adult: 10, sourceIds: ['sample-programme'], isSample: true },
      ]);
      expect(p.isSample).toBe(true);
    });

    it('shows 1 to 4 people as "<5" for one site', async () => {
      const p = await get<ParticipantsSummary>(api, '/api/summary/participants?site=KG-O-S03');
      expect(p.producers).toEqual({ groups: 1, total: 10, women: 6, men: '<5', youth: '<5', adult: 7 });
      expect(p.trainings).toEqual([]);
    });

    it('the period applies to trainings, not to producer membership', async () => {
      const p = await get<ParticipantsSummary>(api, '/api/summary/participants?from=2024-06&to=2024-12');
      expect(p.trainings.map((t) => t.topic)).toEqual(['quality_certification']);
      expect(p.producers.total).toBe(45);
    });
  });

  describe('restoration', () => {
    it('puts planned and done hectares in the year the activities end, undated last, with the target', async () => {
      const r = await get<RestorationSummary>(api, '/api/summary/restoration');
      expect(r.rows).toEqual([
        { year: 2025, activities: 1, plannedHa: 40, doneHa: 12.5, cumulativePlannedHa: 40, cumulativeDoneHa: 12.5, sourceIds: ['sample-programme'], isSample: true },
        { year: null, activities: 1, plannedHa: 5, doneHa: 0, cumulativePlannedHa: null, cumulativeDoneHa: null, sourceIds: ['sample-programme'], isSample: true },
      ]);
      expect(r.total).toEqual({ targetHa: 45, doneHa: 12.5, percentDone: 27.8 });
    });

    it('a period keeps the dated activities ending in it; the target stays the whole plan', async () => {
      const r = await get<RestorationSummary>(api, '/api/summary/restoration?from=2024&to=2024');
      expect(r.rows).toEqual([]);
      expect(r.total.targetHa).toBe(45);
      const region = await get<RestorationSummary>(api, '/api/summary/restoration?region=KG-O');
      expect(region.total).toEqual({ targetHa: 5, doneHa: 0, percentDone: 0 });
    });
  });

  describe('indicators', () => {
    it('gives baseline, target, actual, percent of target and status for each indicator, region and year', async () => {
      const s = await get<IndicatorsSummary>(api, '/api/summary/indicators');
      expect(s.programme).toEqual({ startYear: 2024, endYear: 2029 });
      expect(s.rows).toHaveLength(2);
      const national = s.rows[0]!;
      // One row per series: its target is the end target, so 1/6 of it is expected by the end of 2024.
      expect(national).toMatchObject({
        code: 'PDO-1', region: null, regionName: null, year: 2024, sex: 'all', ageGroup: 'all',
        baseline: 0, target: 50_000, endTarget: 50_000, actual: 1200,
        percentOfTarget: 2.4, expectedPercent: 16.7, status: 'off_track',
      });
      expect(s.rows[1]).toMatchObject({ region: 'KG-J', sex: 'women', regionName: { en: expect.any(String) } });
    });

    it('region, site and hazard narrow to the oblasts concerned; national rows only without them', async () => {
      expect((await get<IndicatorsSummary>(api, '/api/summary/indicators?region=KG-J')).rows.map((r) => r.region)).toEqual(['KG-J']);
      expect((await get<IndicatorsSummary>(api, '/api/summary/indicators?site=KG-J-S02')).rows.map((r) => r.region)).toEqual(['KG-J']);
      expect((await get<IndicatorsSummary>(api, '/api/summary/indicators?hazard=landslide')).rows).toEqual([]);
      expect((await get<IndicatorsSummary>(api, '/api/summary/indicators?from=2025')).rows).toEqual([]);
    });

    it('an actual of 1 to 4 people is "<5" with no percentage; no actual is no_data', async () => {
      await api.db.pool.query(`
        INSERT INTO indicator_values (indicator_code, region_code, year, sex, age_group, baseline, target, actual, source_id, is_sample)
        VALUES ('PDO-1', 'KG-O', 2024, 'women', 'youth', 0, 10, 3, 'sample-programme', true),
               ('PDO-1', 'KG-O', 2025, 'women', 'youth', 0, 20, NULL, 'sample-programme', true)`);
      try {
        const s = await get<IndicatorsSummary>(api, '/api/summary/indicators?region=KG-O');
        expect(s.rows.map((r) => [r.year, r.actual, r.percentOfTarget, r.status])).toEqual([
          // 2024's target (10) is an interim one (the series ends at 20), so all of it is expected: 30% is off track.
          [2024, '<5', null, 'off_track'],
          [2025, null, null, 'no_data'],
        ]);
      } finally {
        await api.db.pool.query(`DELETE FROM indicator_values WHERE region_code = 'KG-O'`);
      }
    });
  });

  describe('bad filters are 400s that say what to send', () => {
    it.each([
      ['/api/summary/sales?region=KG-X', 'region must be the code of an oblast or city: one of'],
      ['/api/summary/participants?site=KG-J-S99', 'site must be the code of a hazard site: one of KG-J-S01, KG-J-S02, KG-O-S03'],
      ['/api/summary/restoration?from=2025&to=2024', 'from (2025) is after to (2024)'],
      ['/api/summary/indicators?from=2024-13', 'Query parameter from is malformed: it must be a year (YYYY) or a month (YYYY-MM)'],
      ['/api/summary/sales?to=24', 'Query parameter to is malformed'],
      ['/api/summary/sales?by=village', 'Query parameter by must be one of: year, month, channel, region, category, site'],
      ['/api/summary/sales?hazard=tsunami', 'Query parameter hazard must be one of'],
      ['/api/summary/sales?format=geojson', 'Query parameter format must be one of: json, csv'],
    ])('%s', async (url, detail) => {
      expect(expectProblem(await api.app.inject({ url }), 400).detail).toContain(detail);
    });
  });
});

describe.each(testTargets())('summaries of the shipped data on the $kind database', (target) => {
  const api = useApi(target, { dataDir: path.join(REPO_ROOT, 'data') });

  it('sales by year: 2024 is exactly 63,000,000 som', async () => {
    const s = await get<SalesSummary>(api, '/api/summary/sales?by=year');
    expect(s.rows.find((r) => r.key === '2024')?.salesKgs).toBe(63_000_000);
  });

  it('for each region and for the country, channels = regions = categories = /api/summary salesKgs', async () => {
    const regions = [undefined, 'KG-J', 'KG-O', 'KG-Y', 'KG-N'];
    for (const region of regions) {
      const r = region ? `region=${region}&` : '';
      const summary = await get<Summary>(api, `/api/summary?${r}year=2024`);
      const sums = await Promise.all(['channel', 'region', 'category', 'month'].map(async (by) =>
        sumKgs(await get<SalesSummary>(api, `/api/summary/sales?by=${by}&${r}from=2024&to=2024`))));
      expect(sums, region ?? 'country').toEqual(sums.map(() => cents(summary.salesKgs)));
      if (!region) expect(summary.salesKgs).toBe(63_000_000);
    }
  });

  it('by site covers every site with exposed producers, and a site filter equals its row', async () => {
    const s = await get<SalesSummary>(api, '/api/summary/sales?by=site&from=2024&to=2024');
    expect(s.rows.length).toBeGreaterThan(0);
    const first = s.rows[0]!;
    const one = await get<SalesSummary>(api, `/api/summary/sales?site=${first.key}&from=2024&to=2024`);
    expect(one.total.salesKgs).toBe(first.salesKgs);
  });

  it('every summary answers for every filter kind, sample exactly when it counted rows (all shipped rows are sample)', async () => {
    for (const kind of ['sales?by=site', 'participants', 'restoration', 'indicators']) {
      for (const q of ['', 'region=KG-J', 'site=KG-J-01', 'hazard=mudflow', 'from=2025&to=2025-06']) {
        const body = await get<{ sourceIds: string[]; isSample: boolean }>(api, `/api/summary/${kind}${kind.includes('?') ? '&' : '?'}${q}`);
        expect(body.isSample, `${kind} ${q}`).toBe(body.sourceIds.length > 0);
      }
    }
  });

  it('indicators carry a status for every reported value and no_data for the years to come', async () => {
    const s = await get<IndicatorsSummary>(api, '/api/summary/indicators?region=KG-J');
    expect(s.rows.length).toBeGreaterThan(0);
    for (const row of s.rows) {
      expect(row.status === 'no_data').toBe(row.actual === null);
    }
    expect(new Set(s.rows.map((r) => r.region))).toEqual(new Set(['KG-J']));
  });
});
