import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../server/db/seed.ts';
import { SEED_TABLES } from '../../server/db/seed-tables.ts';
import { FIXTURES_DIR, createTestDatabase, testTargets, type TestDatabase } from '../helpers/databases.ts';

/** Row count and an md5 over every row's text form, per seeded table. */
async function fingerprint(db: TestDatabase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const { table } of SEED_TABLES) {
    const { rows } = await db.pool.query<{ n: number; md5: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${table} t`,
    );
    out[table] = `${rows[0]!.n}:${rows[0]!.md5}`;
  }
  return out;
}

describe.each(testTargets())('on the $kind database', (target) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(target, { dataDir: null });
  });
  afterAll(async () => db?.drop());

  it('seeding loads every table of the fixture folder', async () => {
    const result = await seed(db.pool, { dataDir: FIXTURES_DIR });
    expect(result.status).toBe('loaded');
    expect(result.counts).toMatchObject({ sources: 2, admin_units: 13, hazard_sites: 3, villages: 5, sales: 6, fx_rates: 6 });
  });

  it('seeding twice changes nothing: same counts, same rows', async () => {
    const before = await fingerprint(db);
    const again = await seed(db.pool, { dataDir: FIXTURES_DIR, force: true });
    expect(again.status).toBe('loaded');
    expect(await fingerprint(db)).toEqual(before);
  });

  it('a restart with unchanged files skips the seed', async () => {
    const result = await seed(db.pool, { dataDir: FIXTURES_DIR });
    expect(result.status).toBe('unchanged');
  });

  it('names with apostrophes and Cyrillic arrive intact', async () => {
    const { rows } = await db.pool.query<{ name_en: string; name_ky: string }>(
      "SELECT name_en, name_ky FROM villages WHERE code = 'KG-J-V02'",
    );
    expect(rows[0]).toEqual({ name_en: "Qo'shteppa", name_ky: 'Кош-Төбө' });
  });

  it('polygons become MultiPolygons, and a city given as a point keeps it as its label point', async () => {
    const { rows } = await db.pool.query<{ code: string; geom: string | null; label: string | null }>(
      `SELECT code, ST_GeometryType(geom) AS geom, ST_AsText(label_point) AS label
         FROM admin_units WHERE code IN ('KG-J', 'KG-GO') ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: 'KG-GO', geom: null, label: 'POINT(72.8 40.53)' },
      { code: 'KG-J', geom: 'ST_MultiPolygon', label: expect.stringMatching(/^POINT/) },
    ]);
    const zone = await db.pool.query<{ t: string }>("SELECT ST_GeometryType(zone) AS t FROM hazard_sites WHERE code = 'KG-J-S01'");
    expect(zone.rows[0]!.t).toBe('ST_MultiPolygon');
  });

  it('a data folder without sources.json is skipped, not an error', async () => {
    const result = await seed(db.pool, { dataDir: '/nonexistent/folder' });
    expect(result.status).toBe('no-data');
  });
});
