import { describe, expect, it } from 'vitest';
import type { SiteDetail } from '../../server/schemas/api.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

// Fixture geometry (test/fixtures/README.md): S01 and S02 are 4.2 km apart; V01 is in S01's zone, 0.42 km from its
// point; V02 is 2.1 km from both; V03 is 8.4 km from S01.
describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  const detail = async (query: string) => {
    const res = await api.app.inject({ url: `/api/sites/KG-J-S01${query}` });
    expect(res.statusCode).toBe(200);
    return json<SiteDetail>(res);
  };

  it('a site comes with its zone polygon and the villages exposed at the default 5 km', async () => {
    const site = await detail('');
    expect(site.id).toBe('KG-J-S01');
    expect(site.geometry).toEqual({ type: 'Point', coordinates: [72.7, 41.1] });
    expect(site.properties.zone.type).toBe('MultiPolygon');
    expect(site.properties.exposure.radiusKm).toBe(5);
    const villages = site.properties.exposure.villages;
    expect(villages.map((v) => v.code)).toEqual(['KG-J-V01', 'KG-J-V02']);
    expect(villages[0]).toMatchObject({ inZone: true, households: 420, producerGroups: 1 });
    expect(villages[0]!.distanceKm).toBeCloseTo(0.42, 1);
    expect(villages[1]).toMatchObject({ inZone: false, name: { en: "Qo'shteppa", ky: 'Кош-Төбө' } });
    expect(villages[1]!.distanceKm).toBeCloseTo(2.1, 1);
  });

  it('a village both inside the zone and within the radius is counted once in the totals', async () => {
    const { totals } = (await detail('?radiusKm=5')).properties.exposure;
    expect(totals.villages).toBe(2);
    expect(totals.households).toBe(420 + 260);
    expect(totals.participatingHouseholds).toBe(300 + 200);
    expect(totals.participants).toBe(320 + 210);
    expect(totals.producerGroups).toBe(2);
    expect(totals.producers).toEqual({ total: 12 + 8, women: 9 + 3, youth: 4 + 2 });
    // V01: 20,000,000 + 1,000,000.55; V02: 500,000 + 15,500,000 (all years).
    expect(totals.salesKgs).toBeCloseTo(37_000_000.55, 2);
  });

  it('a village near two sites appears in the exposure of each, once per site', async () => {
    const s02 = json<SiteDetail>(await api.app.inject({ url: '/api/sites/KG-J-S02?radiusKm=5' }));
    const codes = s02.properties.exposure.villages.map((v) => v.code);
    expect(codes).toEqual(['KG-J-V02', 'KG-J-V01', 'KG-J-V03']);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('a larger radius never finds fewer villages', async () => {
    let previous = 0;
    for (const radius of [0.1, 1, 5, 10, 50, 100]) {
      const count = (await detail(`?radiusKm=${radius}`)).properties.exposure.totals.villages;
      expect(count).toBeGreaterThanOrEqual(previous);
      previous = count;
    }
    expect((await detail('?radiusKm=10')).properties.exposure.villages.map((v) => v.code)).toContain('KG-J-V03');
  });

  it('villages inside the zone count even when the radius is tiny', async () => {
    const villages = (await detail('?radiusKm=0.01')).properties.exposure.villages;
    expect(villages.map((v) => v.code)).toEqual(['KG-J-V01']);
  });

  it('radiusKm=0 keeps the villages of the hazard zone only', async () => {
    const exposure = (await detail('?radiusKm=0')).properties.exposure;
    expect(exposure.radiusKm).toBe(0);
    expect(exposure.villages.map((v) => v.code)).toEqual(['KG-J-V01']);
  });

  it.each([
    ['101', '101'],
    ['abc', '"abc"'],
    ['-3', '-3'],
  ])('radiusKm=%s is a 400 that explains the allowed range', async (radius, shown) => {
    const problem = expectProblem(await api.app.inject({ url: `/api/sites/KG-J-S01?radiusKm=${radius}` }), 400);
    expect(problem.detail).toBe(`Query parameter radiusKm must be a number from 0 to 100; received ${shown}.`);
  });

  it('a malformed id is a 400 that shows what a valid one looks like', async () => {
    const problem = expectProblem(await api.app.inject({ url: `/api/sites/${encodeURIComponent("kg'j s01")}` }), 400);
    expect(problem.detail).toContain('malformed');
    expect(problem.detail).toContain('"KG-J-S01"');
    expect(problem.detail).toContain(`received "kg'j s01"`);
  });

  it('an unknown id is a 404 saying no site has that code', async () => {
    const problem = expectProblem(await api.app.inject({ url: '/api/sites/KG-J-S99' }), 404);
    expect(problem.detail).toContain('No site has the code "KG-J-S99"');
  });
});
