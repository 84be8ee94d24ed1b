// GET /api/results, the results framework by region, checked against independent SQL over the seeded
// indicator_values (first year = baseline, latest year with an actual, last year = end target), against the status
// GET /api/summary/indicators gives the same value, and for "<5" people, withheld complements and the CSV.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { IndicatorsSummary } from '../../server/schemas/summaries.ts';
import type { ResultGroup, ResultRow, Results } from '../../server/schemas/results.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { indicatorProgress } from '../../server/lib/indicator-status.ts';
import { PROGRAMME_END_YEAR, PROGRAMME_START_YEAR } from '../../server/schemas/summaries.ts';
import { json, useApi, type ApiContext } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const get = async <T>(api: ApiContext, url: string): Promise<T> => {
  const res = await api.app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return json<T>(res);
};

interface ValueRow {
  indicator_code: string;
  region_code: string | null;
  sex: string;
  age_group: string;
  year: number;
  baseline: number;
  target: number;
  actual: number | null;
  unit: string;
}

/** One series per (indicator, region, sex, age group): its first, latest-with-actual and last rows, by DISTINCT ON. */
async function seriesFromDb(api: ApiContext, region: string | null) {
  const pick = async (where: string, order: 'ASC' | 'DESC') => {
    const { rows } = await api.db.pool.query<ValueRow>(
      `SELECT DISTINCT ON (v.indicator_code, v.region_code, v.sex, v.age_group)
              v.indicator_code, v.region_code, v.sex, v.age_group, v.year,
              v.baseline::float8 AS baseline, v.target::float8 AS target, v.actual::float8 AS actual, i.unit
         FROM indicator_values v JOIN indicators i ON i.code = v.indicator_code
        WHERE ($1::text IS NULL OR v.region_code = $1) AND ${where}
        ORDER BY v.indicator_code, v.region_code, v.sex, v.age_group, v.year ${order}`,
      [region],
    );
    return new Map(rows.map((r) => [`${r.indicator_code}|${r.region_code ?? ''}|${r.sex}|${r.age_group}`, r]));
  };
  return { first: await pick('true', 'ASC'), last: await pick('true', 'DESC'), latest: await pick('v.actual IS NOT NULL', 'DESC') };
}

const PROGRAMME = { startYear: PROGRAMME_START_YEAR, endYear: PROGRAMME_END_YEAR };
const GROUP_KEYS: Record<string, [string, string]> = { all: ['all', 'all'], women: ['women', 'all'], men: ['men', 'all'], youth: ['all', 'youth'] };
const round1 = (x: number) => Math.round(x * 10) / 10;
const small = (unit: string, n: number | null) => unit === 'people' && n !== null && n > 0 && n < 5;

describe.each(testTargets())('results framework of the shipped data on the $kind database', (target) => {
  const api = useApi(target, { dataDir: path.join(REPO_ROOT, 'data') });

  it.each([[null], ['KG-J'], ['KG-N']])('region %s: every row and group equals the database, status by the indicators rule', async (region) => {
    const results = await get<Results>(api, `/api/results${region ? `?region=${region}` : ''}`);
    const db = await seriesFromDb(api, region);

    const wholeSeries = [...db.first.keys()].filter((k) => k.endsWith('|all|all'));
    expect(results.rows.map((r) => `${r.indicator}|${r.region ?? ''}|all|all`).sort()).toEqual(wholeSeries.sort());
    if (region) expect(new Set(results.rows.map((r) => r.region))).toEqual(new Set([region]));
    else expect(results.rows.some((r) => r.region === null)).toBe(true);

    let groupsSeen = 0;
    for (const row of results.rows) {
      const check = (fig: ResultRow | ResultGroup, group: string) => {
        const [sex, age] = GROUP_KEYS[group]!;
        const key = `${row.indicator}|${row.region ?? ''}|${sex}|${age}`;
        const first = db.first.get(key);
        if (!first) {
          // Only men may be absent from the data: then it is the whole minus women.
          expect(group).toBe('men');
          expect((fig as ResultGroup).derived).toBe(true);
          return;
        }
        const last = db.last.get(key)!;
        const latest = db.latest.get(key) ?? null;
        const what = `${key} ${group}`;
        expect(fig.baseline, what).toBe(first.baseline);
        expect(fig.baselineYear, what).toBe(first.year);
        expect(fig.endTarget, what).toBe(last.target);
        expect(fig.endYear, what).toBe(last.year);
        expect(fig.latestYear, what).toBe(latest?.year ?? null);
        expect(fig.latestTarget, what).toBe(latest?.target ?? null);
        const actual = latest?.actual ?? null;
        expect(fig.latestActual, what).toBe(small(row.unit, actual) ? '<5' : actual);
        const gap = last.target - first.baseline;
        expect(fig.percentOfEndTarget, what).toBe(
          actual === null || gap === 0 || small(row.unit, actual) ? null : round1(((actual - first.baseline) / gap) * 100),
        );
        expect(fig.status, what).toBe(
          latest
            ? indicatorProgress({ year: latest.year, baseline: latest.baseline, target: latest.target, endTarget: last.target,
              actual: latest.actual, higherIsBetter: row.higherIsBetter }, PROGRAMME).status
            : 'no_data',
        );
      };
      check(row, 'all');
      for (const g of row.groups) {
        groupsSeen += 1;
        if (!g.derived) check(g, g.group);
      }
      expect(row.groups.map((g) => g.group)).toEqual(['women', 'men', 'youth'].filter((g) => row.groups.some((x) => x.group === g)));
      expect(row.sourceIds.length).toBeGreaterThan(0);
      expect(row.isSample).toBe(true);
    }
    // The shipped data disaggregates some indicators by sex and youth: the check above is not vacuous.
    expect(groupsSeen).toBeGreaterThan(0);
  });

  it('each status is the one GET /api/summary/indicators gives the same series and year', async () => {
    const results = await get<Results>(api, '/api/results?region=KG-J');
    const summary = await get<IndicatorsSummary>(api, '/api/summary/indicators?region=KG-J');
    const statusOf = new Map(summary.rows.map((r) => [`${r.code}|${r.sex}|${r.ageGroup}|${r.year}`, r.status]));
    const figures = results.rows.flatMap((r) => [
      { key: `${r.indicator}|all|all`, f: r as ResultRow | ResultGroup },
      ...r.groups.filter((g) => !g.derived).map((g) => ({ key: `${r.indicator}|${GROUP_KEYS[g.group]!.join('|')}`, f: g })),
    ]);
    const reported = figures.filter(({ f }) => f.latestYear !== null);
    expect(reported.length).toBeGreaterThan(0);
    for (const { key, f } of reported) expect(f.status, key).toBe(statusOf.get(`${key}|${f.latestYear}`));
  });

  it('men is the whole minus women when the data records women only, figure by figure', async () => {
    const { rows } = await get<Results>(api, '/api/results?region=KG-J');
    const row = rows.find((r) => r.groups.some((g) => g.group === 'men' && g.derived))!;
    expect(row).toBeDefined();
    const women = row.groups.find((g) => g.group === 'women')!;
    const men = row.groups.find((g) => g.group === 'men')!;
    expect(men.endTarget).toBeCloseTo(row.endTarget - women.endTarget, 2);
    expect(men.baseline).toBeCloseTo(row.baseline - women.baseline, 2);
    if (typeof row.latestActual === 'number' && typeof women.latestActual === 'number') {
      expect(men.latestActual).toBeCloseTo(row.latestActual - women.latestActual, 2);
    }
  });

  it('indicator keeps that indicator, and the answer is cached', async () => {
    const before = api.app.queryCache.stats.hits;
    const one = await get<Results>(api, '/api/results?indicator=PDO-1');
    await get<Results>(api, '/api/results?indicator=PDO-1');
    expect(new Set(one.rows.map((r) => r.indicator))).toEqual(new Set(['PDO-1']));
    expect(one.filters).toEqual({ region: null, indicator: 'PDO-1' });
    if (api.app.queryCache.stats.enabled) expect(api.app.queryCache.stats.hits).toBeGreaterThan(before);
  });

  it('a region without indicator values answers no rows, not an error', async () => {
    const none = await get<Results>(api, '/api/results?region=KG-T');
    expect(none).toMatchObject({ rows: [], sourceIds: [], isSample: false });
  });

  it('CSV: UTF-8 with BOM, Cyrillic names intact, a line per row and group, named by region and date', async () => {
    const results = await get<Results>(api, '/api/results?region=KG-J');
    const res = await api.app.inject({ url: '/api/results?region=KG-J&format=csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="resiland-results-region-KG-J-\d{4}-\d{2}-\d{2}\.csv"$/);
    // The bytes: a UTF-8 byte-order mark, then UTF-8 (decoded strictly, so a broken sequence would throw).
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(res.rawPayload);
    const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(results.rows.reduce((n, r) => n + 1 + r.groups.length, 0));
    const first = results.rows[0]!;
    expect(records[0]).toMatchObject({
      indicator: first.indicator,
      name_ky: first.name.ky,
      name_ru: first.name.ru,
      regionName_ru: first.regionName!.ru,
      group: 'all',
      latestActual: String(first.latestActual),
      status: first.status,
      source_id: first.sourceIds.join('; '),
    });
    expect(records[0]!.name_ru).toMatch(/[А-Яа-яЁё]/);
    expect(records[0]!.regionName_ky).toBe(first.regionName!.ky);
    expect(records[0]!.source_title!.length).toBeGreaterThan(0);
    expect(Object.keys(records[0]!).slice(-2)).toEqual(['source_id', 'source_title']);
  });
});

describe.each(testTargets())('results framework of the fixtures on the $kind database', (target) => {
  const api = useApi(target);

  it('a count of 1 to 4 people is "<5" with no percentage, and the other sex is withheld so it cannot be subtracted', async () => {
    // Osh: 40 people in all, 3 women (so 37 men by subtraction), 12 youth.
    await api.db.pool.query(`
      INSERT INTO indicator_values (indicator_code, region_code, year, sex, age_group, baseline, target, actual, source_id, is_sample)
      VALUES ('PDO-1', 'KG-O', 2024, 'all',   'all',   0, 100, 40, 'sample-programme', true),
             ('PDO-1', 'KG-O', 2029, 'all',   'all',   0, 400, NULL, 'sample-programme', true),
             ('PDO-1', 'KG-O', 2024, 'women', 'all',   0, 50, 3, 'sample-programme', true),
             ('PDO-1', 'KG-O', 2029, 'women', 'all',   0, 200, NULL, 'sample-programme', true),
             ('PDO-1', 'KG-O', 2024, 'all',   'youth', 0, 20, 12, 'sample-programme', true),
             ('PDO-1', 'KG-O', 2029, 'all',   'youth', 0, 80, NULL, 'sample-programme', true)`);
    try {
      const { rows } = await get<Results>(api, '/api/results?region=KG-O&indicator=PDO-1');
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row).toMatchObject({ latestActual: 40, latestYear: 2024, latestTarget: 100, endTarget: 400, endYear: 2029, percentOfEndTarget: 10 });
      const byGroup = Object.fromEntries(row.groups.map((g) => [g.group, g]));
      expect(byGroup.women).toMatchObject({ latestActual: '<5', percentOfEndTarget: null, withheld: false, derived: false });
      expect(byGroup.men).toMatchObject({ latestActual: null, percentOfEndTarget: null, withheld: true, derived: true, endTarget: 200 });
      expect(byGroup.youth).toMatchObject({ latestActual: 12, percentOfEndTarget: 15, withheld: false });
      // Nothing in the row adds up to the 3: the CSV says the same.
      const csv = await api.app.inject({ url: '/api/results?region=KG-O&indicator=PDO-1&format=csv' });
      expect(csv.body).not.toMatch(/,37,|,3,/);
    } finally {
      await api.db.pool.query(`DELETE FROM indicator_values WHERE region_code = 'KG-O'`);
    }
  });

  describe('bad filters are 400s that say what to send', () => {
    it.each([
      ['/api/results?region=KG-X', 'region must be the code of an oblast or city: one of'],
      ['/api/results?indicator=XX-9', 'indicator must be the code of an indicator: one of PDO-1; received "XX-9"'],
      ['/api/results?indicator=pdo-1', 'Query parameter indicator'],
      ['/api/results?format=geojson', 'Query parameter format must be one of: json, csv'],
    ])('%s', async (url, detail) => {
      expect(expectProblem(await api.app.inject({ url }), 400).detail).toContain(detail);
    });
  });
});
