// A site's exposure at a radius (GET /api/sites/:id?radiusKm=): villages, totals, products, sales by year and
// channel, restoration. Fixtures: test/fixtures/README.md, with the edge-cases overlay seeded on top.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteDetail } from '../../server/schemas/api.ts';
import { seed } from '../../server/db/seed.ts';
import { json, useApi } from '../helpers/app.ts';
import { FIXTURES_DIR, testTargets } from '../helpers/databases.ts';

const EDGE_CASES_DIR = path.join(FIXTURES_DIR, 'edge-cases');

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  beforeAll(async () => {
    await seed(api.db.pool, { dataDir: EDGE_CASES_DIR, force: true });
  });
  const exposure = async (site: string, radiusKm: number) => {
    const res = await api.app.inject({ url: `/api/sites/${site}?radiusKm=${radiusKm}` });
    expect(res.statusCode).toBe(200);
    return json<SiteDetail>(res).properties.exposure;
  };
  const codes = async (site: string, radiusKm: number) => (await exposure(site, radiusKm)).villages.map((v) => v.code);

  it('radius 0 is the hazard zone only, 10 km adds the nearby villages, 100 km the far one', async () => {
    expect(await codes('KG-J-S01', 0)).toEqual(['KG-J-V01']);
    expect(await codes('KG-J-S01', 10)).toEqual(['KG-J-V01', 'KG-J-V02', 'KG-J-V03']);
    expect(await codes('KG-J-S01', 100)).toEqual(['KG-J-V01', 'KG-J-V02', 'KG-J-V03', 'KG-J-V10']);
  });

  it('the totals at 0, 10 and 100 km match the villages listed, each counted once', async () => {
    const expected = {
      0: { villages: 1, households: 420, participatingHouseholds: 300, participants: 320 },
      10: { villages: 3, households: 420 + 260 + 310, participatingHouseholds: 300 + 200 + 180, participants: 320 + 210 + 190 },
      100: { villages: 4, households: 420 + 260 + 310 + 90, participatingHouseholds: 680, participants: 720 },
    } as const;
    for (const radius of [0, 10, 100] as const) {
      const e = await exposure('KG-J-S01', radius);
      expect(e.radiusKm).toBe(radius);
      expect(e.totals).toMatchObject(expected[radius]);
      expect(e.totals.households).toBe(e.villages.reduce((sum, v) => sum + v.households, 0));
    }
  });

  it('a village exactly on the zone edge is in the zone; one 42 m outside is not, until the radius reaches it', async () => {
    const atZero = (await exposure('KG-J-S04', 0)).villages;
    expect(atZero.map((v) => v.code)).toEqual(['KG-J-V06', 'KG-N-V07']);
    expect(atZero.every((v) => v.inZone)).toBe(true);
    const atTwo = (await exposure('KG-J-S04', 2)).villages;
    expect(atTwo.find((v) => v.code === 'KG-J-V08')).toMatchObject({ inZone: false });
    expect(atTwo.find((v) => v.code === 'KG-J-V08')!.distanceKm).toBeCloseTo(1.72, 2);
  });

  it('a zone across an oblast border exposes the villages on both sides', async () => {
    const e = await exposure('KG-J-S04', 0);
    expect(e.villages.map((v) => v.code)).toEqual(['KG-J-V06', 'KG-N-V07']);
    expect(e.totals).toMatchObject({ households: 100 + 180, producerGroups: 1, producers: { total: 6, women: 5, youth: 2 } });
  });

  it('the exposure lists the products of the exposed villages with their category', async () => {
    expect((await exposure('KG-J-S01', 0)).products).toEqual([
      { code: 'P-01', name: { ky: 'Shyrdak carpet (ky)', ru: 'Shyrdak carpet (ru)', en: 'Shyrdak carpet' }, category: 'felt', villageCode: 'KG-J-V01' },
    ]);
    expect((await exposure('KG-J-S01', 10)).products.map((p) => [p.code, p.category])).toEqual([
      ['P-01', 'felt'],
      ['P-02', 'honey'],
    ]);
    expect((await exposure('KG-J-S04', 0)).products.map((p) => p.code)).toEqual(['P-05']);
  });

  it('sales by year and by channel cover the exposed villages and add up to the total', async () => {
    const e = await exposure('KG-J-S01', 10);
    // V01: P-01 20,000,000 (2024, bishkek_shop) + 1,000,000.55 (2025, export); V02: P-02 500,000 (2023, exhibition)
    // + 15,500,000 (2024, fair).
    expect(e.salesByYear).toEqual([
      { year: 2023, salesKgs: 500_000 },
      { year: 2024, salesKgs: 35_500_000 },
      { year: 2025, salesKgs: 1_000_000.55 },
    ]);
    expect(e.salesByChannel).toEqual([
      { channel: 'bishkek_shop', salesKgs: 20_000_000 },
      { channel: 'exhibition', salesKgs: 500_000 },
      { channel: 'export', salesKgs: 1_000_000.55 },
      { channel: 'fair', salesKgs: 15_500_000 },
    ]);
    const byYear = e.salesByYear.reduce((sum, y) => sum + y.salesKgs, 0);
    const byChannel = e.salesByChannel.reduce((sum, c) => sum + c.salesKgs, 0);
    expect(byYear).toBeCloseTo(e.totals.salesKgs, 2);
    expect(byChannel).toBeCloseTo(e.totals.salesKgs, 2);
  });

  it('a village in two overlapping zones brings its sales to the exposure of each site', async () => {
    for (const site of ['KG-J-S04', 'KG-N-S05']) {
      const e = await exposure(site, 0);
      expect(e.villages.map((v) => v.code)).toContain('KG-N-V07');
      expect(e.salesByYear).toEqual([{ year: 2025, salesKgs: 330_000.5 }]);
      expect(e.salesByChannel).toEqual([
        { channel: 'fair', salesKgs: 250_000 },
        { channel: 'online', salesKgs: 80_000.5 },
      ]);
    }
  });

  it("restoration hectares are the site's own plots, whatever the radius", async () => {
    for (const radius of [0, 10, 100]) {
      expect((await exposure('KG-J-S01', radius)).restorationHa).toEqual({ planned: 40, done: 12.5, plots: 1 });
    }
    expect((await exposure('KG-J-S04', 0)).restorationHa).toEqual({ planned: 20, done: 8, plots: 1 });
    expect((await exposure('KG-J-S02', 5)).restorationHa).toEqual({ planned: 0, done: 0, plots: 0 });
  });

  it('producers come with women and youth; the figures are marked sample with their sources', async () => {
    const e = await exposure('KG-J-S01', 10);
    expect(e.totals.producers).toEqual({ total: 12 + 8, women: 9 + 3, youth: 4 + 2 });
    expect(e.isSample).toBe(true);
    expect(e.sourceIds).toEqual(['sample-programme']);
  });
});
