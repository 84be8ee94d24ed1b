// GDAL's OAPIF driver (what QGIS uses underneath) reads /ogc from a real listening server: the proof that a
// GIS client can follow our links, page through the items and keep the Cyrillic names.
// Without `ogrinfo` on PATH these tests skip with a warning; in CI (CI=true, as .ci/run sets) that is a failure.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { createTestDatabase, testTargets, type TestDatabase } from '../helpers/databases.ts';

const run = promisify(execFile);

function findOgrinfo(): string | null {
  try {
    return execFileSync('which', ['ogrinfo'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const ogrinfo = findOgrinfo();
const inCI = process.env.CI === 'true';
const MISSING = 'GDAL tests: no `ogrinfo` on PATH (install it with `apt-get install -y gdal-bin`).';
if (!ogrinfo && !inCI) console.warn(`\n⚠️  ${MISSING} SKIPPING the OGC API tests through GDAL.\n`);

// GDAL talks to 127.0.0.1 directly: no proxy from the environment may intercept it, and a hung request fails fast.
const PROXY_VARS = ['http_proxy', 'https_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'GDAL_HTTP_PROXY'];
const gdalEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of PROXY_VARS) delete env[name];
  return {
    ...env,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    GDAL_HTTP_TIMEOUT: '20',
    GDAL_HTTP_MAX_RETRY: '0',
    CPL_DEBUG: 'OFF',
  };
};

async function ogr(...args: string[]): Promise<string> {
  const { stdout } = await run(ogrinfo!, args, { env: gdalEnv(), timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

const COLLECTIONS = ['hazard_sites', 'hazard_zones', 'villages', 'producer_groups', 'restoration', 'regions', 'rayons'];

describe.runIf(!ogrinfo && inCI)('GDAL', () => {
  it('ogrinfo is installed (required in CI)', () => {
    throw new Error(`${MISSING} CI=true, so this is a failure.`);
  });
});

describe.runIf(ogrinfo).each(testTargets())('ogrinfo over OAPIF on the $kind database', (target) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let source: string;
  beforeAll(async () => {
    db = await createTestDatabase(target);
    app = await buildTestApp(db);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    source = `OAPIF:http://127.0.0.1:${port}/ogc`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('lists every collection as a layer', async () => {
    const out = await ogr('-ro', '-so', source);
    for (const id of COLLECTIONS) expect(out).toMatch(new RegExp(`^\\d+: ${id}( \\(|$)`, 'm'));
    expect(out).toMatch(/^1: hazard_sites \(title: Hazard sites\) \(Point\)$/m);
  });

  it('reads the hazard sites with their count, extent and Cyrillic names', async () => {
    const out = await ogr('-ro', source, 'hazard_sites');
    expect(out).toMatch(/^Feature Count: 3$/m);
    expect(out).toMatch(/^Extent: \(72\.700000, 40\.200000\) - \(73\.000000, 41\.100000\)$/m);
    expect(out.match(/^OGRFeature\(hazard_sites\):/gm)).toHaveLength(3);
    expect(out).toMatch(/^ {2}name_ru \(String\) = Кокчокоз$/m);
    expect(out).toMatch(/^ {2}name_ky \(String\) = Кара-Суу жылма$/m);
    expect(out).toMatch(/^ {2}farmland_at_risk_ha \(Real\) = 420\.5$/m);
    expect(out).toMatch(/^ {2}POINT \(72\.7 41\.1\)$/m);
  });

  it('pages through the villages by the next links and keeps the apostrophe in a name', async () => {
    const out = await ogr('-ro', '-oo', 'PAGE_SIZE=2', source, 'villages');
    expect(out).toMatch(/^Feature Count: 5$/m);
    expect(out.match(/^OGRFeature\(villages\):/gm)).toHaveLength(5);
    expect(out).toMatch(/^ {2}name_en \(String\) = Qo'shteppa$/m);
    expect(out).toMatch(/^ {2}name_ky \(String\) = Кош-Төбө$/m);
  });

  it('passes a spatial filter to the server as bbox', async () => {
    const out = await ogr('-ro', '-spat', '72.69', '41.09', '72.71', '41.11', source, 'hazard_sites');
    expect(out.match(/^OGRFeature\(hazard_sites\):/gm)).toHaveLength(1);
    expect(out).toMatch(/^ {2}code \(String\) = KG-J-S01$/m);
  });

  it('reads polygons: the hazard zones as multipolygons', async () => {
    const out = await ogr('-ro', '-so', source, 'hazard_zones');
    expect(out).toMatch(/^Feature Count: 3$/m);
    expect(out).toMatch(/^Geometry: Multi Polygon$/m);
    expect(out).toMatch(/^zone_area_ha: Real/m);
  });
});
