import { describe, expect, it } from 'vitest';
import type { Summary } from '../../server/schemas/api.ts';
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
    expect(s.producers).toEqual({ total: 45, women: 29, youth: 14 });
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

  it('a region with nothing recorded gives zeros, not an error', async () => {
    const s = await summary('?region=KG-T');
    expect(s).toMatchObject({ sites: 0, households: 0, salesKgs: 0, salesUsd: 0, isSample: false });
  });

  it.each(['1999', '2101', '2024.5', 'last'])('year=%s is a 400 saying years run from 2000 to 2100', async (year) => {
    const problem = expectProblem(await api.app.inject({ url: `/api/summary?year=${year}` }), 400);
    expect(problem.detail).toContain('Query parameter year must be a whole number from 2000 to 2100');
  });
});
