import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { Point } from 'geojson';
import { buildTestApp, json, useApi } from '../helpers/app.ts';
import { createTestDatabase, testTargets, type TestDatabase } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';
import { decodeTile, tileDifferences, tileOf } from '../helpers/mvt.ts';
import { createTilesRepository } from '../../server/plugins/app/tiles-repository.ts';
import { TILE_LAYER_IDS, type TileLayerId } from '../../server/lib/tiles/layers.ts';
import type { TileJson, TileLayerList } from '../../server/schemas/tiles.ts';

// Fixture places (test/fixtures/data/sample): Kökchököz village, and the hazard zones of sites S01 and S02 near it.
const KOKCHOKOZ = { lon: 72.705, lat: 41.1 };
const NEAR_KOKCHOKOZ = tileOf(KOKCHOKOZ.lon, KOKCHOKOZ.lat, 10);
// Far from every fixture row: the Atlantic off Africa.
const NOWHERE = tileOf(0, 0, 10);
const KYRGYZSTAN = { west: 69.2, south: 39.1, east: 80.3, north: 43.3 };

const tileUrl = (layer: string, t: { z: number; x: number; y: number }) => `/tiles/${layer}/${t.z}/${t.x}/${t.y}.mvt`;

async function fetchTile(app: FastifyInstance, layer: string, t: { z: number; x: number; y: number }) {
  const res = await app.inject({ url: tileUrl(layer, t) });
  return { res, decoded: res.statusCode === 200 ? decodeTile(res.rawPayload, t.z, t.x, t.y) : null };
}

/**
 * A pool that counts the queries sent through it after start-up; not the answer cache's read of the data version
 * (server/lib/query-cache.ts), which is about freshness, not the tile's work.
 */
function countingPool(pool: pg.Pool): { pool: pg.Pool; count: () => number; reset: () => void } {
  let n = 0;
  const wrapped = new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop === 'query') {
        return (...args: unknown[]) => {
          const first = args[0];
          const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
          if (!/\bdata_version\b/.test(text)) n++;
          return (target.query as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return { pool: wrapped, count: () => n, reset: () => { n = 0; } };
}

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);

  it(`tiles are encoded by ${target.kind === 'postgres' ? 'PostGIS' : 'the server (no ST_AsMVT in the embedded build)'}`, () => {
    expect(api.app.tilesRepository.encoder).toBe(target.kind === 'postgres' ? 'postgis' : 'js');
  });

  it('a z=10 tile holding Kökchököz has the village with its properties, within 1e-3° of where it is', async () => {
    const { res, decoded } = await fetchTile(api.app, 'villages', NEAR_KOKCHOKOZ);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(Object.keys(decoded!.layers)).toEqual(['villages']);
    expect(decoded!.versions.villages).toBe(2);
    const village = decoded!.layers.villages!.find((f) => f.properties?.code === 'KG-J-V01');
    expect(village?.properties).toEqual({
      code: 'KG-J-V01',
      name_ky: expect.any(String),
      name_ru: expect.any(String),
      name_en: 'Kökchököz',
      households: 420,
      participating_households: 300,
      participants: 320,
      oblast_code: 'KG-J',
      is_sample: true,
    });
    const [lon, lat] = (village!.geometry as Point).coordinates;
    expect(Math.abs(lon! - KOKCHOKOZ.lon)).toBeLessThan(1e-3);
    expect(Math.abs(lat! - KOKCHOKOZ.lat)).toBeLessThan(1e-3);
    // Names with an apostrophe and in Cyrillic survive the encoding.
    const qoshteppa = decoded!.layers.villages!.find((f) => f.properties?.code === 'KG-J-V02');
    expect(qoshteppa?.properties?.name_en).toBe("Qo'shteppa");
    expect(String(qoshteppa?.properties?.name_ru)).toMatch(/[А-Яа-яЁё]/);
  });

  it('a tile far from every feature is 204 No Content, still cacheable', async () => {
    for (const layer of TILE_LAYER_IDS) {
      const res = await api.app.inject({ url: tileUrl(layer, NOWHERE) });
      expect(res.statusCode).toBe(204);
      expect(res.rawPayload.length).toBe(0);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
    }
  });

  it('hazard zones decode to polygons with their site properties, the MultiPolygon zone included', async () => {
    const { decoded } = await fetchTile(api.app, 'hazard_zones', NEAR_KOKCHOKOZ);
    const zones = decoded!.layers.hazard_zones!;
    expect(zones.map((f) => f.properties?.code)).toEqual(['KG-J-S01', 'KG-J-S02']);
    for (const zone of zones) expect(['Polygon', 'MultiPolygon']).toContain(zone.geometry.type);
    expect(zones[0]!.properties).toMatchObject({
      name_en: 'Kökchököz', hazard_type: 'mudflow', status: 'design', risk_level: 'very_high',
      households_at_risk: 310, is_sample: true,
    });
    // S01's zone spans 72.68–72.72 E, 41.085–41.115 N.
    const ring = (zones[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const lons = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    expect(Math.min(...lons)).toBeCloseTo(72.68, 3);
    expect(Math.max(...lons)).toBeCloseTo(72.72, 3);
    expect(Math.min(...lats)).toBeCloseTo(41.085, 3);
    expect(Math.max(...lats)).toBeCloseTo(41.115, 3);
  });

  it('restoration plots carry their progress; producer groups sit at their village', async () => {
    const { decoded: restoration } = await fetchTile(api.app, 'restoration', NEAR_KOKCHOKOZ);
    expect(restoration!.layers.restoration!.map((f) => f.properties)).toEqual([
      {
        code: 'RA-01', site_code: 'KG-J-S01', kind: 'forest_plantation',
        name_ky: expect.any(String), name_ru: expect.any(String), name_en: 'Forest strip',
        hectares_planned: 40, hectares_done: 12.5, percent_done: 31.3, is_sample: true,
      },
    ]);
    expect(restoration!.layers.restoration![0]!.geometry.type).toBe('Polygon');

    const { decoded: groups } = await fetchTile(api.app, 'producer_groups', NEAR_KOKCHOKOZ);
    const felt = groups!.layers.producer_groups!.find((f) => f.properties?.code === 'PG-01');
    expect(felt?.properties).toMatchObject({
      village_code: 'KG-J-V01', product_category: 'felt', members_total: 12, members_women: 9, members_youth: 4,
    });
    const [lon, lat] = (felt!.geometry as Point).coordinates;
    expect(Math.abs(lon! - KOKCHOKOZ.lon)).toBeLessThan(1e-3);
    expect(Math.abs(lat! - KOKCHOKOZ.lat)).toBeLessThan(1e-3);
  });

  it('a tile answers with a strong ETag and Cache-Control, and If-None-Match gives 304 without a body', async () => {
    const url = tileUrl('villages', NEAR_KOKCHOKOZ);
    const first = await api.app.inject({ url });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await api.app.inject({ url });
    expect(again.headers.etag).toBe(etag);
    const revalidated = await api.app.inject({ url, headers: { 'if-none-match': `"other", ${etag}` } });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.rawPayload.length).toBe(0);
    expect(revalidated.headers.etag).toBe(etag);
    const changed = await api.app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
    expect(changed.statusCode).toBe(200);
  });

  it('a z outside 0–22 is a 400 that says the range', async () => {
    for (const z of ['23', '-1', 'a', '1.5']) {
      const problem = expectProblem(await api.app.inject({ url: `/tiles/villages/${z}/0/0.mvt` }), 400);
      // Ajv has already turned "23" into 23; what it could not convert stays quoted.
      const received = Number.isInteger(Number(z)) ? z : `"${z}"`;
      expect(problem.detail).toBe(`Path parameter z must be a whole number from 0 to 22; received ${received}.`);
    }
  });

  it('an x or y outside 0..2^z−1 is a 400 that says the range at that zoom', async () => {
    let problem = expectProblem(await api.app.inject({ url: '/tiles/villages/2/4/0.mvt' }), 400);
    expect(problem.detail).toBe('Path parameter x must be a whole number from 0 to 3 at zoom 2; received 4.');
    problem = expectProblem(await api.app.inject({ url: '/tiles/villages/10/0/-1.mvt' }), 400);
    expect(problem.detail).toBe('Path parameter y must be a whole number from 0 to 1023 at zoom 10; received -1.');
    problem = expectProblem(await api.app.inject({ url: '/tiles/villages/0/0/1.mvt' }), 400);
    expect(problem.detail).toBe('Path parameter y must be a whole number from 0 to 0 at zoom 0; received 1.');
    problem = expectProblem(await api.app.inject({ url: '/tiles/villages/3/x/0.mvt' }), 400);
    expect(problem.detail).toContain('Path parameter x must be a whole number');
  });

  it('a tile asked with another extension is a 400 that says where the tiles are', async () => {
    for (const file of ['0.png', '0.pbf', '0']) {
      const problem = expectProblem(await api.app.inject({ url: `/tiles/villages/3/5/${file}` }), 400);
      expect(problem.detail).toBe(
        `Tiles are Mapbox Vector Tiles at /tiles/{layer}/{z}/{x}/{y}.mvt (e.g. /tiles/villages/3/5/0.mvt); received "${file}".`,
      );
    }
  });

  it('an unknown layer is a 404 that lists the layers, for a tile and for TileJSON', async () => {
    for (const url of ['/tiles/roads/3/5/3.mvt', '/tiles/roads.json', "/tiles/vil'lages/3/5/3.mvt"]) {
      const problem = expectProblem(await api.app.inject({ url }), 404);
      expect(problem.detail).toMatch(/^No tile layer is called ".+"\. The layers are: villages, hazard_zones, restoration, producer_groups/);
    }
  });

  it('bad coordinates and unknown layers are answered before any query runs', async () => {
    const counting = countingPool(api.db.pool);
    const app = await buildTestApp({ ...api.db, pool: counting.pool });
    try {
      counting.reset();
      for (const url of ['/tiles/villages/23/0/0.mvt', '/tiles/villages/2/9/0.mvt', '/tiles/roads/1/0/0.mvt', '/tiles/villages/1/0/0.png', '/tiles/roads.json']) {
        expect((await app.inject({ url })).statusCode).toBeGreaterThanOrEqual(400);
      }
      expect(counting.count()).toBe(0);
      await app.inject({ url: tileUrl('villages', NEAR_KOKCHOKOZ) });
      expect(counting.count()).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('TileJSON describes each layer: id, typed fields, an absolute tiles URL and bounds inside Kyrgyzstan', async () => {
    for (const layer of TILE_LAYER_IDS) {
      const res = await api.app.inject({ url: `/tiles/${layer}.json`, headers: { host: 'atlas.example:8080' } });
      expect(res.statusCode).toBe(200);
      const tj = json<TileJson>(res);
      expect(tj.tilejson).toBe('3.0.0');
      expect(tj.name).toBe(layer);
      expect(tj.tiles).toEqual([`http://atlas.example:8080/tiles/${layer}/{z}/{x}/{y}.mvt`]);
      expect(tj.vector_layers.map((l) => l.id)).toEqual([layer]);
      expect(tj.vector_layers[0]!.fields.code).toBe('String');
      expect(tj.vector_layers[0]!.fields.is_sample).toBe('Boolean');
      expect(tj.minzoom).toBeLessThanOrEqual(tj.maxzoom);
      const [w, s, e, n] = tj.bounds;
      expect(w).toBeGreaterThanOrEqual(KYRGYZSTAN.west);
      expect(s).toBeGreaterThanOrEqual(KYRGYZSTAN.south);
      expect(e).toBeLessThanOrEqual(KYRGYZSTAN.east);
      expect(n).toBeLessThanOrEqual(KYRGYZSTAN.north);
      expect(w).toBeLessThanOrEqual(e);
      expect(s).toBeLessThanOrEqual(n);
      const [lon, lat] = tj.center;
      expect(lon).toBeGreaterThanOrEqual(w);
      expect(lon).toBeLessThanOrEqual(e);
      expect(lat).toBeGreaterThanOrEqual(s);
      expect(lat).toBeLessThanOrEqual(n);
      expect(tj.attribution).toContain('Sample RESILAND CA+ programme data (test fixture) (CC0-1.0)');
      expect(tj.attribution).toContain('SAMPLE');
    }
    const villages = json<TileJson>(await api.app.inject({ url: '/tiles/villages.json' }));
    expect(villages.vector_layers[0]!.fields).toEqual({
      code: 'String', name_ky: 'String', name_ru: 'String', name_en: 'String', households: 'Number',
      participating_households: 'Number', participants: 'Number', oblast_code: 'String', is_sample: 'Boolean',
    });
    // Fixture villages span 72.705–78 E, 40.2–42.5 N.
    expect(villages.bounds).toEqual([72.705, 40.2, 78, 42.5]);
  });

  it('GET /tiles lists the four layers with their TileJSON and tile URLs', async () => {
    const list = json<TileLayerList>(await api.app.inject({ url: '/tiles', headers: { host: 'localhost:8080' } }));
    expect(list.layers.map((l) => l.id)).toEqual(['villages', 'hazard_zones', 'restoration', 'producer_groups']);
    expect(list.layers[0]).toEqual({
      id: 'villages',
      description: expect.any(String),
      geometryType: 'Point',
      tilejson: 'http://localhost:8080/tiles/villages.json',
      tiles: 'http://localhost:8080/tiles/villages/{z}/{x}/{y}.mvt',
    });
  });

  it('the OpenAPI document describes the tile endpoints', async () => {
    const doc = json<{ paths: Record<string, unknown> }>(await api.app.inject({ url: '/docs/json' }));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/tiles', '/tiles/{layer}.json', '/tiles/{layer}/{z}/{x}/{y}.mvt']),
    );
    expect(Object.keys(doc.paths).filter((p) => p.includes('{file}'))).toEqual([]);
  });

  it('the server encoder gives the same decoded GeoJSON as the database one for the same tiles', async () => {
    const js = createTilesRepository(api.db.pool, { featureLimit: 20000, encoder: 'js' });
    const tiles = [NEAR_KOKCHOKOZ, tileOf(72.705, 41.1, 14), tileOf(72.75, 41.1, 12), tileOf(73, 40.2, 13), tileOf(75, 41, 5), { z: 0, x: 0, y: 0 }];
    for (const t of tiles) {
      for (const layer of TILE_LAYER_IDS) {
        const fromApp = await api.app.tilesRepository.tile(layer, t);
        const fromJs = await js.tile(layer, t);
        expect(fromApp.length === 0, `${layer} ${t.z}/${t.x}/${t.y} empty in both`).toBe(fromJs.length === 0);
        if (fromApp.length === 0) continue;
        const diff = tileDifferences(decodeTile(fromApp, t.z, t.x, t.y), decodeTile(fromJs, t.z, t.x, t.y), t.z);
        expect(diff, `${layer} ${t.z}/${t.x}/${t.y}`).toEqual([]);
      }
    }
  });

  it('a statement timeout while making a tile is a 503 problem', async () => {
    const error = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    const timingOut = { query: async () => Promise.reject(error) } as unknown as pg.Pool;
    const app = await buildTestApp({ ...api.db, pool: timingOut });
    try {
      const problem = expectProblem(await app.inject({ url: tileUrl('villages', NEAR_KOKCHOKOZ) }), 503);
      expect(problem.detail).toMatch(/took too long/);
    } finally {
      await app.close();
    }
  });
});

// A busier map: 300 more villages around Kökchököz, so a tile is big enough to compress and has more features
// than the limit.
describe.each(testTargets())('with many villages in one tile, on the $kind database', (target) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let limited: FastifyInstance;
  beforeAll(async () => {
    db = await createTestDatabase(target);
    await db.pool.query(`
      INSERT INTO villages (code, name_ky, name_ru, name_en, oblast_code, population, households, geom, source_id, is_sample)
      SELECT 'KG-J-T' || lpad(i::text, 3, '0'), 'Айыл ' || i, 'Село ' || i, 'Village ' || i, 'KG-J', 100 + i, 10 + i,
             ST_SetSRID(ST_MakePoint(72.6 + (i % 20) * 0.01, 41.05 + (i / 20) * 0.005), 4326), 'sample-programme', true
        FROM generate_series(1, 300) AS i`);
    app = await buildTestApp(db);
    limited = await buildTestApp(db, { TILE_FEATURE_LIMIT: '1' });
  });
  afterAll(async () => {
    await app?.close();
    await limited?.close();
    await db?.drop();
  });

  it('TILE_FEATURE_LIMIT caps the features of a tile, keeping the village with most households', async () => {
    const t = tileOf(72.705, 41.1, 8);
    const all = await fetchTile(app, 'villages', t);
    expect(all.decoded!.layers.villages!.length).toBe(303);
    const one = await fetchTile(limited, 'villages', t);
    expect(one.decoded!.layers.villages!.map((f) => f.properties?.code)).toEqual(['KG-J-V01']);
  });

  it('a large tile is sent gzipped to a client that accepts gzip, with its own ETag', async () => {
    const url = tileUrl('villages', tileOf(72.705, 41.1, 8));
    const plain = await app.inject({ url });
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip;q=0.8' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gunzipSync(zipped.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    // A client holding either encoding revalidates to 304.
    const revalidated = await app.inject({ url, headers: { 'accept-encoding': 'gzip', 'if-none-match': String(plain.headers.etag) } });
    expect(revalidated.statusCode).toBe(304);
  });

  it('the server encoder agrees with the database one on a busy tile', async () => {
    const js = createTilesRepository(db.pool, { featureLimit: 20000, encoder: 'js' });
    for (const t of [tileOf(72.705, 41.1, 8), tileOf(72.705, 41.1, 11), tileOf(72.65, 41.2, 13)]) {
      const a = await app.tilesRepository.tile('villages', t);
      const b = await js.tile('villages', t);
      expect(tileDifferences(decodeTile(a, t.z, t.x, t.y), decodeTile(b, t.z, t.x, t.y), t.z)).toEqual([]);
    }
  });
});

// Both databases at once (when a real PostGIS is configured): PostGIS's ST_AsMVT on PostgreSQL 15 and the server's
// encoder over the embedded PostgreSQL 18 must decode to the same GeoJSON.
const targets = testTargets();
describe.runIf(targets.length > 1)('embedded and real PostGIS', () => {
  const embedded = useApi(targets.find((t) => t.kind === 'embedded')!);
  const postgres = useApi(targets.find((t) => t.kind === 'postgres')!);

  it('answer every layer’s tiles with the same decoded GeoJSON', async () => {
    const tiles = [NEAR_KOKCHOKOZ, tileOf(72.71, 41.1, 15), tileOf(73, 40.2, 12), tileOf(78, 42.5, 9), { z: 0, x: 0, y: 0 }, { z: 3, x: 5, y: 2 }];
    let compared = 0;
    for (const t of tiles) {
      for (const layer of TILE_LAYER_IDS as readonly TileLayerId[]) {
        const a = await fetchTile(embedded.app, layer, t);
        const b = await fetchTile(postgres.app, layer, t);
        expect(a.res.statusCode, `${layer} ${t.z}/${t.x}/${t.y}`).toBe(b.res.statusCode);
        if (!a.decoded || !b.decoded) continue;
        expect(tileDifferences(a.decoded, b.decoded, t.z), `${layer} ${t.z}/${t.x}/${t.y}`).toEqual([]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
