import { describe, expect, it } from 'vitest';
import type { SiteProps, Summary, VillageProps } from '../../server/schemas/api.ts';
import type { SalesSummary } from '../../server/schemas/summaries.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  const summary = async (query: string) => {
    const res = await api.app.inject({ url: `/api/summary${query}` });
    expect(res.statusCode).toBe(200);
    return json<Summary>(res);
  };

  it('the 2024 summary has 63,000,000 som of sales and at least 800 participating households', async () => {
    const s = await summary('?year=2024');
    expect(s.year).toBe(2024);
    expect(s.region).toBeNull();
    expect(s.salesKgs).toBe(63_000_000);
    expect(s.households).toBeGreaterThanOrEqual(800);
    expect(s.isSample).toBe(true);
  });

  it('the summary counts sites, participants, producers by sex and age, and restoration', async () => {
    const s = await summary('?year=2024');
    expect(s.sites).toBe(3);
    expect(s.households).toBe(860);
    expect(s.participants).toBe(920);
    expect(s.producers).toMatchObject({ total: 45, women: 29, youth: 14 });
    expect(s.restorationHa).toEqual({ done: 12.5, planned: 45 });
  });

  it('without a year, sales of every year are summed, tyiyn included', async () => {
    expect((await summary('')).salesKgs).toBeCloseTo(63_000_000 + 500_000 + 1_000_000.55, 2);
  });

  it('salesUsd converts each month at the latest rate on or before it', async () => {
    const s = await summary('?year=2024');
    // An independent computation: a LATERAL join per month rather than the route's correlated subquery.
    const { rows } = await api.db.pool.query<{ usd: number }>(`
      SELECT round(sum(m.revenue / r.kgs_per_usd), 2)::float8 AS usd
        FROM (SELECT month, sum(revenue_kgs) AS revenue FROM sales
               WHERE month >= DATE '2024-01-01' AND month < DATE '2025-01-01' GROUP BY month) m
       CROSS JOIN LATERAL (SELECT kgs_per_usd FROM fx_rates WHERE rate_date <= m.month
                            ORDER BY rate_date DESC LIMIT 1) r`);
    expect(s.salesUsd).toBe(rows[0]!.usd);
    // By hand: June uses the 2024-01-01 rate (the 2024-06-15 one comes after 1 June).
    const byHand = 20_000_000 / 89.05 + 15_500_000 / 89.05 + 12_500_000 / 87.9123 + 15_000_000 / 87.25;
    expect(s.salesUsd).toBeCloseTo(byHand, 1);
  });

  it('a region narrows every figure to its sites and villages', async () => {
    const s = await summary('?region=KG-O&year=2024');
    expect(s).toMatchObject({
      region: 'KG-O',
      sites: 1,
      households: 120,
      participants: 130,
      producers: { total: 10, women: 6, youth: 3 },
      salesKgs: 12_500_000,
      restorationHa: { done: 0, planned: 5 },
    });
    expect(s.salesUsd).toBeCloseTo(12_500_000 / 87.9123, 1);
  });

  it('counts the producer groups of the villages in scope', async () => {
    // Independent of the route's SQL: groups joined to their village's oblast.
    const { rows } = await api.db.pool.query<{ oblast: string; n: number }>(`
      SELECT v.oblast_code AS oblast, count(*)::int AS n
        FROM producer_groups g JOIN villages v ON v.code = g.village_code
       GROUP BY v.oblast_code`);
    const all = rows.reduce((n, r) => n + r.n, 0);
    expect(all).toBeGreaterThan(0);
    expect((await summary('')).producers.groups).toBe(all);
    for (const { oblast, n } of rows) expect({ oblast, groups: (await summary(`?region=${oblast}`)).producers.groups }).toEqual({ oblast, groups: n });
  });

  it('a region with nothing recorded gives zeros, not an error', async () => {
    const s = await summary('?region=KG-T');
    expect(s).toMatchObject({ sites: 0, households: 0, salesKgs: 0, salesUsd: 0, isSample: false });
  });

  it.each(['1999', '2101', '2024.5', 'last'])('year=%s is a 400 saying years run from 2000 to 2100', async (year) => {
    const problem = expectProblem(await api.app.inject({ url: `/api/summary?year=${year}` }), 400);
    expect(problem.detail).toContain('Query parameter year must be a whole number from 2000 to 2100');
  });
  // The filters the map's filter panel sends: each checked against another route that answers the same question.
  const get = async <T>(url: string) => {
    const res = await api.app.inject({ url });
    expect(res.statusCode).toBe(200);
    return json<T>(res);
  };

  it('from=2024&to=2024 gives the same figures as year=2024, and a range covering every year the same as none', async () => {
    const byYear = await summary('?year=2024');
    const byRange = await summary('?from=2024&to=2024');
    expect({ ...byRange, year: 2024 }).toEqual(byYear);
    expect(byRange.filters).toMatchObject({ from: 2024, to: 2024 });
    const all = await summary('');
    const wide = await summary('?from=2000&to=2100');
    expect(wide.salesKgs).toBeCloseTo(all.salesKgs, 2);
    expect(wide.filters).toMatchObject({ from: 2000, to: 2100 });
  });

  it('a year range sums the sales of the years in it, as /api/summary/sales by year does', async () => {
    const rows = (await get<SalesSummary>('/api/summary/sales?by=year')).rows;
    const years = rows.map((r) => Number(r.key)).sort();
    const from = years[0]!;
    const s = await summary(`?from=${from}&to=${from + 1}`);
    const expected = rows.filter((r) => Number(r.key) <= from + 1).reduce((sum, r) => sum + r.salesKgs, 0);
    expect(s.salesKgs).toBeCloseTo(expected, 2);
  });

  it('hazard and status keep the sites /api/sites keeps and the villages /api/villages keeps', async () => {
    for (const query of ['hazard=mudflow', 'status=works', 'hazard=mudflow&status=design']) {
      const sites = await get<{ features: { properties: SiteProps }[] }>(`/api/sites?${query}`);
      const villages = await get<{ features: { properties: VillageProps }[] }>(`/api/villages?${query}`);
      const s = await summary(`?${query}`);
      expect({ query, sites: s.sites }).toEqual({ query, sites: sites.features.length });
      const households = villages.features.reduce((n, f) => n + f.properties.participatingHouseholds, 0);
      expect({ query, households: s.households }).toEqual({ query, households });
    }
  });

  it('a rayon keeps the sites and villages in it', async () => {
    const sites = (await get<{ features: { properties: SiteProps }[] }>('/api/sites')).features;
    const rayon = sites.find((f) => f.properties.rayonCode)!.properties.rayonCode!;
    const villages = (await get<{ features: { properties: VillageProps }[] }>('/api/villages')).features;
    const s = await summary(`?rayon=${rayon}`);
    expect(s.sites).toBe(sites.filter((f) => f.properties.rayonCode === rayon).length);
    expect(s.households).toBe(
      villages.filter((f) => f.properties.rayonCode === rayon).reduce((n, f) => n + f.properties.participatingHouseholds, 0),
    );
    expect(s.filters.rayon).toBe(rayon);
  });

  it('a product category keeps its sales, as /api/summary/sales by category counts them', async () => {
    const rows = (await get<SalesSummary>('/api/summary/sales?by=category&from=2024&to=2024')).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const s = await summary(`?category=${row.key}&year=2024`);
      expect({ category: row.key, sales: s.salesKgs }).toEqual({ category: row.key, sales: row.salesKgs });
    }
    const all = await summary('?year=2024');
    expect((await summary(`?category=${rows[0]!.key}&year=2024`)).sites).toBe(all.sites);
  });

  it('year together with from/to, or from after to, is a 400 that says what to send', async () => {
    expect(expectProblem(await api.app.inject({ url: '/api/summary?year=2024&from=2024' }), 400).detail).toContain(
      'either year or from/to',
    );
    expect(expectProblem(await api.app.inject({ url: '/api/summary?from=2025&to=2024' }), 400).detail).toContain(
      'from (2025) is after to (2024)',
    );
  });
});
