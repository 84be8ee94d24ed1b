// POST /api/analysis/area: what lies in a drawn polygon, and the 400/413/415 answers to bodies it cannot use.
// Fixtures: test/fixtures/README.md, with the edge-cases overlay (zones across the KG-J/KG-N border at 74.0 E,
// a village by the country border) seeded on top.
import path from 'node:path';
import type pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaAnalysis } from '../../server/schemas/analysis.ts';
import { seed } from '../../server/db/seed.ts';
import { buildTestApp, json, useApi } from '../helpers/app.ts';
import { FIXTURES_DIR, testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const EDGE_CASES_DIR = path.join(FIXTURES_DIR, 'edge-cases');

type Position = [number, number];
const box = (west: number, south: number, east: number, north: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]] as Position[]],
});
/** A ring of n + 1 positions (closed) around a centre, for the vertex limit. */
const circle = (n: number) => {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    ring.push([Number((73 + 0.1 * Math.cos(a)).toFixed(6)), Number((41 + 0.1 * Math.sin(a)).toFixed(6))]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon' as const, coordinates: [ring] };
};

// Around KG-J-V01 (72.705, 41.1) and KG-J-V02 (72.725, 41.1); reaches S01's zone, not S02's (from 72.735 E).
const AROUND_V01_V02 = box(72.69, 41.09, 72.73, 41.105);
// Over both overlapping zones (S04 73.97–74.03, S05 74.00–74.06 E), KG-J-V08 just west of S04's zone included.
const OVER_BOTH_ZONES = box(73.96, 41.29, 74.07, 41.34);
// The Naryn side of the oblast border (74.0 E) only.
const NARYN_SIDE = box(74.0, 41.29, 74.1, 41.34);
// Talas: nothing recorded there.
const EMPTY = box(72.0, 42.3, 72.1, 42.4);

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  beforeAll(async () => {
    await seed(api.db.pool, { dataDir: EDGE_CASES_DIR, force: true });
  });

  const post = (body: unknown, query = '', headers: Record<string, string> = {}) =>
    api.app.inject({
      method: 'POST',
      url: `/api/analysis/area${query}`,
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const analyse = async (body: unknown, query = '') => {
    const res = await post(body, query);
    expect(res.statusCode, res.body).toBe(200);
    expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
    return json<AreaAnalysis>(res);
  };
  /** The geodesic area of a geometry in km², asked of PostGIS directly. */
  const km2 = async (geometry: unknown, bufferKm = 0) => {
    const { rows } = await api.db.pool.query<{ km2: number }>(
      `SELECT (ST_Area(CASE WHEN $2::float8 > 0 THEN ST_Buffer(g::geography, $2::float8) ELSE g::geography END) / 1e6)::float8 AS km2
         FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) AS g) x`,
      [JSON.stringify(geometry), bufferKm * 1000],
    );
    return rows[0]!.km2;
  };

  describe('what lies in the area', () => {
    it('lists the villages inside with their households and participation, and totals them', async () => {
      const a = await analyse(AROUND_V01_V02);
      expect(a.villages.map((v) => v.code)).toEqual(['KG-J-V01', 'KG-J-V02']);
      expect(a.villages[1]).toMatchObject({
        name: { en: "Qo'shteppa", ky: 'Кош-Төбө' },
        oblastCode: 'KG-J',
        households: 260,
        participatingHouseholds: 200,
        participants: 210,
        producerGroups: 1,
      });
      expect(a.totals).toEqual({
        villages: 2,
        households: 420 + 260,
        participatingHouseholds: 300 + 200,
        participants: 320 + 210,
        producerGroups: 2,
        producers: { total: 12 + 8, women: 9 + 3, youth: 4 + 2 },
        salesKgs: 37_000_000.55,
      });
      expect(a.isSample).toBe(true);
      expect(a.sourceIds).toEqual(['sample-programme']);
    });

    it('gives the geodesic area in km², as PostGIS measures it', async () => {
      const a = await analyse(AROUND_V01_V02);
      expect(a.radiusKm).toBe(0);
      expect(a.areaKm2).toBeCloseTo(await km2(AROUND_V01_V02), 3);
      expect(a.areaKm2).toBeGreaterThan(5.5);
      expect(a.areaKm2).toBeLessThan(5.7);
      expect(a.drawnAreaKm2).toBe(a.areaKm2);
    });

    it('lists the hazard sites whose zone reaches into the area, and says whether the site point is inside', async () => {
      const a = await analyse(AROUND_V01_V02);
      expect(a.sites).toEqual([
        expect.objectContaining({ code: 'KG-J-S01', hazardType: 'mudflow', status: 'design', pointInside: true }),
      ]);
    });

    it('lists products, and sales by year and by channel of the villages inside', async () => {
      const a = await analyse(AROUND_V01_V02);
      expect(a.products.map((p) => [p.code, p.category, p.villageCode])).toEqual([
        ['P-01', 'felt', 'KG-J-V01'],
        ['P-02', 'honey', 'KG-J-V02'],
      ]);
      expect(a.salesByYear).toEqual([
        { year: 2023, salesKgs: 500_000 },
        { year: 2024, salesKgs: 35_500_000 },
        { year: 2025, salesKgs: 1_000_000.55 },
      ]);
      expect(a.salesByChannel.map((c) => c.channel)).toEqual(['bishkek_shop', 'exhibition', 'export', 'fair']);
    });

    it('a Feature wrapping the polygon, or application/geo+json, gives the same answer', async () => {
      const plain = await analyse(AROUND_V01_V02);
      expect(await analyse({ type: 'Feature', properties: { label: 'drawn' }, geometry: AROUND_V01_V02 })).toEqual(plain);
      const geojson = await post(AROUND_V01_V02, '', { 'content-type': 'application/geo+json' });
      expect(geojson.statusCode).toBe(200);
      expect(json<AreaAnalysis>(geojson)).toEqual(plain);
    });

    it('a MultiPolygon counts what lies in each of its parts', async () => {
      const a = await analyse({
        type: 'MultiPolygon',
        coordinates: [AROUND_V01_V02.coordinates, box(73.0, 40.19, 73.02, 40.21).coordinates],
      });
      expect(a.villages.map((v) => v.code)).toEqual(['KG-J-V01', 'KG-J-V02', 'KG-O-V04']);
      expect(a.sites.map((s) => s.code)).toEqual(['KG-J-S01', 'KG-O-S03']);
    });

    it('a polygon over two overlapping zones counts the village in both zones once', async () => {
      const a = await analyse(OVER_BOTH_ZONES);
      expect(a.sites.map((s) => s.code)).toEqual(['KG-J-S04', 'KG-N-S05']);
      expect(a.villages.map((v) => v.code)).toEqual(['KG-J-V06', 'KG-J-V08', 'KG-N-V07']);
      expect(a.totals).toMatchObject({ villages: 3, households: 100 + 50 + 180, producerGroups: 1 });
      expect(a.totals.producers).toEqual({ total: 6, women: 5, youth: 2 });
      expect(a.products.map((p) => p.code)).toEqual(['P-05']);
      expect(a.salesByChannel).toEqual([
        { channel: 'fair', salesKgs: 250_000 },
        { channel: 'online', salesKgs: 80_000.5 },
      ]);
      expect(a.restorationHa).toEqual({ planned: 20, done: 8, plots: 1 });
    });

    it('a zone across an oblast border is found from either side; plots across it count pro rata', async () => {
      const a = await analyse(NARYN_SIDE);
      expect(a.villages.map((v) => [v.code, v.oblastCode])).toEqual([['KG-N-V07', 'KG-N']]);
      // S04 belongs to Jalal-Abad (its point is west of the border) but its zone reaches into Naryn.
      expect(a.sites.map((s) => [s.code, s.oblastCode, s.pointInside])).toEqual([
        ['KG-J-S04', 'KG-J', false],
        ['KG-N-S05', 'KG-N', true],
      ]);
      // RA-03 (20 ha planned, 8 done) has half its area on each side of 74.0 E.
      expect(a.restorationHa).toEqual({ planned: 10, done: 4, plots: 1 });
    });

    it('an area touching the country border, or reaching across it, finds the village by the border', async () => {
      const touching = await analyse(box(80.1, 41.95, 80.2, 42.05));
      expect(touching.villages.map((v) => v.code)).toEqual(['KG-Y-V09']);
      const across = await analyse(box(80.1, 41.95, 80.4, 42.05));
      expect(across.villages.map((v) => v.code)).toEqual(['KG-Y-V09']);
      expect(across.totals).toMatchObject({ villages: 1, households: 120, participatingHouseholds: 30, participants: 35 });
      // The area is analysed as drawn, the part beyond the border included.
      expect(across.areaKm2).toBeCloseTo(await km2(box(80.1, 41.95, 80.4, 42.05)), 3);
    });

    it('a village exactly on the edge of the drawn area counts as inside', async () => {
      const a = await analyse(box(73.9, 41.3, 73.97, 41.33));
      expect(a.villages.map((v) => v.code)).toEqual(['KG-J-V06', 'KG-J-V08']);
    });

    it('an area with nothing in it answers zeros and empty lists', async () => {
      const a = await analyse(EMPTY);
      expect(a).toEqual({
        radiusKm: 0,
        areaKm2: a.areaKm2,
        drawnAreaKm2: a.areaKm2,
        villages: [],
        totals: {
          villages: 0,
          households: 0,
          participatingHouseholds: 0,
          participants: 0,
          producerGroups: 0,
          producers: { total: 0, women: 0, youth: 0 },
          salesKgs: 0,
        },
        sites: [],
        products: [],
        salesByYear: [],
        salesByChannel: [],
        restorationHa: { planned: 0, done: 0, plots: 0 },
        sourceIds: [],
        isSample: false,
      });
      expect(a.areaKm2).toBeGreaterThan(0);
    });

    it('radiusKm buffers the area: a square beside a village reaches it at 1 km, and its neighbour at 3 km', async () => {
      const square = box(72.69, 41.095, 72.7, 41.105); // V01 is 0.42 km east of it, V02 2.1 km
      expect((await analyse(square)).villages).toEqual([]);
      const one = await analyse(square, '?radiusKm=1');
      expect(one.villages.map((v) => v.code)).toEqual(['KG-J-V01']);
      expect(one.radiusKm).toBe(1);
      expect(one.areaKm2).toBeGreaterThan(one.drawnAreaKm2);
      expect(one.areaKm2).toBeCloseTo(await km2(square, 1), 1);
      expect((await analyse(square, '?radiusKm=3')).villages.map((v) => v.code)).toEqual(['KG-J-V01', 'KG-J-V02']);
      // The radius may come in the body too.
      expect((await analyse({ ...square, radiusKm: 1 })).villages.map((v) => v.code)).toEqual(['KG-J-V01']);
      expect((await analyse({ ...square, radiusKm: 1 }, '?radiusKm=1')).radiusKm).toBe(1);
    });
  });

  describe('bad input is a problem saying what to fix', () => {
    const problemFor = async (body: unknown, status = 400, query = '', headers: Record<string, string> = {}) =>
      expectProblem(await post(body, query, headers), status).detail;

    it('a body that is not JSON', async () => {
      expect(await problemFor('{"type": "Polygon", coordinates: [}')).toBe(
        'The request body is not valid JSON (look for a missing bracket, quote or comma). ' +
          'Send a GeoJSON Polygon or MultiPolygon (lon/lat), or a Feature wrapping one.',
      );
      expect(await problemFor('')).toBe(
        'The request body is empty. Send a GeoJSON Polygon or MultiPolygon (lon/lat), or a Feature wrapping one.',
      );
      expect(await problemFor('a polygon please', 400, '', { 'content-type': 'text/plain' })).toBe(
        'The request body must be a JSON object; received a string. ' +
          'Send a GeoJSON Polygon or MultiPolygon (lon/lat), or a Feature wrapping one.',
      );
      expect(await problemFor('<Polygon/>', 415, '', { 'content-type': 'application/xml' })).toContain(
        'send it with Content-Type: application/json (or application/geo+json)',
      );
    });

    it('JSON of the wrong type', async () => {
      expect(await problemFor([72.7, 41.1])).toContain('must be a JSON object; received an array');
      expect(await problemFor({ type: 'Point', coordinates: [72.7, 41.1] })).toBe(
        'The area must be a Polygon or MultiPolygon; received a Point. Draw a closed shape. ' +
          'Send a GeoJSON Polygon or MultiPolygon (lon/lat), or a Feature wrapping one.',
      );
      expect(await problemFor({ type: 'Feature', properties: {}, geometry: null })).toContain('The Feature has no geometry object');
      expect(await problemFor({ type: 'FeatureCollection', features: [{}, {}] })).toContain(
        'The body is a FeatureCollection (2 features); send one area',
      );
      expect(await problemFor({ type: 'Polygon', coordinates: [[['72.7', '41.1']]] })).toBe(
        'Position 1 of the outer ring must be [longitude, latitude] in numbers; received ["72.7","41.1"].',
      );
    });

    it('coordinates out of lon/lat range', async () => {
      const polygon = box(72.7, 41.1, 72.8, 41.2);
      polygon.coordinates[0]![2] = [200, 41.2];
      expect(await problemFor(polygon)).toBe(
        'Position 3 of the outer ring is [200, 41.2], outside lon/lat range: longitude must be from -180 to 180 ' +
          'and latitude from -90 to 90 (WGS 84 degrees, longitude first).',
      );
      const swapped = box(72.7, 41.1, 72.8, 41.2);
      swapped.coordinates[0]![1] = [41.1, 95];
      expect(await problemFor(swapped)).toContain('it looks like latitude and longitude are swapped');
    });

    it('fewer than 4 positions, or a ring that is not closed', async () => {
      expect(await problemFor({ type: 'Polygon', coordinates: [[[72.7, 41.1], [72.8, 41.1], [72.7, 41.1]]] })).toBe(
        'The outer ring has 3 positions; a ring needs at least 4 (three corners and the first one repeated at the end).',
      );
      expect(
        await problemFor({ type: 'Polygon', coordinates: [[[72.7, 41.1], [72.8, 41.1], [72.8, 41.2], [72.7, 41.2]]] }),
      ).toBe(
        'The outer ring is not closed: it starts at [72.7, 41.1] and ends at [72.7, 41.2]. ' +
          'Repeat the first position at the end of the ring.',
      );
      expect(
        await problemFor({
          type: 'MultiPolygon',
          coordinates: [box(72.7, 41.1, 72.8, 41.2).coordinates, [[[73, 41], [73.1, 41], [73, 41]]]],
        }),
      ).toContain('Polygon 2, the outer ring has 3 positions');
    });

    it('a self-intersecting polygon, with the place where it crosses itself', async () => {
      const bowtie = { type: 'Polygon', coordinates: [[[73.1, 41.0], [73.2, 41.1], [73.2, 41.0], [73.1, 41.1], [73.1, 41.0]]] };
      expect(await problemFor(bowtie)).toBe('The polygon crosses itself near 73.15, 41.05; redraw it without crossing lines.');
      const overlapping = {
        type: 'MultiPolygon',
        coordinates: [box(73.1, 41.0, 73.2, 41.1).coordinates, box(73.15, 41.05, 73.25, 41.15).coordinates],
      };
      expect(await problemFor(overlapping)).toMatch(
        /^The area crosses itself or two of its polygons overlap near 73\.\d+, 41\.\d+; redraw it without crossing lines\.$/,
      );
    });

    it('more than 10,000 vertices', async () => {
      expect((await post(circle(9_999))).statusCode).toBe(200);
      expect(await problemFor(circle(10_000))).toBe(
        'The area has more than 10,000 vertices, the limit. Simplify the outline (fewer points; a drawn area ' +
          'rarely needs more than a few hundred) and send it again.',
      );
    });

    it('an area over 50,000 km², saying the area found and the limit', async () => {
      const big = box(70.5, 40.5, 76.5, 42.5);
      const found = Math.round(await km2(big)).toLocaleString('en');
      expect(await problemFor(big)).toBe(
        `The area covers ${found} km² (geodesic); the limit is 50,000 km²; draw a smaller area or analyse it in parts.`,
      );
      // Within the limit as drawn, over it once buffered.
      const edge = box(73.0, 41.0, 75.5, 42.8);
      expect(await km2(edge)).toBeLessThan(50_000);
      const detail = await problemFor(edge, 400, '?radiusKm=20');
      expect(detail).toContain(`once buffered by 20 km (${Math.round(await km2(edge)).toLocaleString('en')} km² as drawn)`);
      expect(detail).toContain('the limit is 50,000 km²; use a smaller radius or area');
    });

    it('a radius out of range, in the query or the body, or given twice differently', async () => {
      expect(await problemFor(AROUND_V01_V02, 400, '?radiusKm=25')).toBe(
        'Query parameter radiusKm must be a number from 0 to 20; received 25.',
      );
      expect(await problemFor({ ...AROUND_V01_V02, radiusKm: 'far' })).toBe(
        'Body field radiusKm must be a number from 0 to 20; received "far".',
      );
      expect(await problemFor({ ...AROUND_V01_V02, radiusKm: 2 }, 400, '?radiusKm=3')).toBe(
        'radiusKm is given twice with different values (query 3, body 2); give it once.',
      );
    });

    it('a body over 2 MB is a 413', async () => {
      const padded = JSON.stringify(AROUND_V01_V02).replace('{', `{"padding":"${'x'.repeat(2 * 1024 * 1024)}",`);
      const detail = await problemFor(padded, 413);
      expect(detail).toBe(
        'The request body is 2.0 MB; the limit is 2.0 MB. Simplify the outline (at most 10,000 vertices; ' +
          '6 decimals are 10 cm) and send it again.',
      );
    });
  });
});

// "Validate before any heavy query": bodies rejected in JS reach no database; bodies PostGIS rejects stop after
// the one cheap check statement.
describe.each(testTargets())('on the $kind database, the queries a rejected area costs', (target) => {
  const api = useApi(target);
  const statements: string[] = [];
  let app: FastifyInstance;
  beforeAll(async () => {
    const recording = {
      query: (...args: Parameters<pg.Pool['query']>) => {
        statements.push(String(args[0]));
        return (api.db.pool.query as (...a: unknown[]) => unknown)(...args);
      },
    } as unknown as pg.Pool;
    app = await buildTestApp({ ...api.db, pool: recording });
  });
  afterAll(async () => app?.close());

  const run = async (body: unknown) => {
    statements.length = 0;
    const res = await app.inject({ method: 'POST', url: '/api/analysis/area', payload: body as object });
    return { status: res.statusCode, statements: [...statements] };
  };

  it('a malformed body runs no query at all', async () => {
    expect(await run({ type: 'Polygon', coordinates: [[[72.7, 41.1], [72.8, 41.1], [72.7, 41.1]]] })).toEqual({ status: 400, statements: [] });
    expect(await run(circle(10_000))).toEqual({ status: 400, statements: [] });
  });

  it('a self-intersecting or oversized area runs only the validity and size check', async () => {
    const bowtie = { type: 'Polygon', coordinates: [[[73.1, 41.0], [73.2, 41.1], [73.2, 41.0], [73.1, 41.1], [73.1, 41.0]]] };
    for (const body of [bowtie, box(70.5, 40.5, 76.5, 42.5)]) {
      const { status, statements: ran } = await run(body);
      expect(status).toBe(400);
      expect(ran).toHaveLength(1);
      expect(ran[0]).toContain('ST_IsValidDetail');
    }
  });
});
