// GET /api/sources: every source, and which tables cite it in how many rows — checked against the tables
// themselves, so a new table with a source_id that the citations statement does not know fails here.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaAnalysis } from '../../server/schemas/analysis.ts';
import type { SiteDetail } from '../../server/schemas/api.ts';
import type { SourceList } from '../../server/schemas/sources.ts';
import { seed } from '../../server/db/seed.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { json, useApi } from '../helpers/app.ts';
import { FIXTURES_DIR, testTargets } from '../helpers/databases.ts';

const folders = [
  { data: 'the fixtures and their edge cases', dir: FIXTURES_DIR, overlay: path.join(FIXTURES_DIR, 'edge-cases') },
  { data: 'the shipped data', dir: path.join(REPO_ROOT, 'data'), overlay: null },
];

describe.each(testTargets())('on the $kind database', (target) => {
  describe.each(folders)('with $data', ({ dir, overlay }) => {
    const api = useApi(target, { dataDir: dir });
    beforeAll(async () => {
      if (overlay) await seed(api.db.pool, { dataDir: overlay, force: true });
    });
    const list = async () => {
      const res = await api.app.inject({ url: '/api/sources' });
      expect(res.statusCode).toBe(200);
      return json<SourceList>(res).sources;
    };

    it('lists every row of the sources table with its fields', async () => {
      const { rows } = await api.db.pool.query<{ id: string }>('SELECT id FROM sources ORDER BY id');
      const sources = await list();
      expect(sources.map((s) => s.id)).toEqual(rows.map((r) => r.id));
      const sample = sources.find((s) => s.id === 'sample-programme')!;
      expect(sample).toMatchObject({ isSample: true, title: expect.any(String), publisher: expect.any(String), licence: expect.any(String) });
      for (const s of sources) {
        if (s.published !== null) expect(s.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(s.rows).toBe(s.citedBy.reduce((sum, c) => sum + c.rows, 0));
      }
    });

    it('every source_id used in every table is listed, with the tables and row counts that cite it', async () => {
      const { rows: tables } = await api.db.pool.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.columns
          WHERE column_name = 'source_id' AND table_schema = current_schema() ORDER BY table_name`,
      );
      expect(tables.map((t) => t.table_name)).toContain('programme_facts');
      const expected = new Map<string, { table: string; rows: number }[]>();
      for (const { table_name: table } of tables) {
        const { rows } = await api.db.pool.query<{ source_id: string; n: number }>(
          `SELECT source_id, count(*)::int AS n FROM "${table}" GROUP BY source_id`,
        );
        for (const r of rows) expected.set(r.source_id, [...(expected.get(r.source_id) ?? []), { table, rows: r.n }]);
      }
      const sources = await list();
      for (const [id, citedBy] of expected) {
        const listed = sources.find((s) => s.id === id);
        expect(listed, `source ${id} is cited but not listed`).toBeDefined();
        expect(listed!.citedBy, `citations of ${id}`).toEqual(citedBy.sort((a, b) => (a.table < b.table ? -1 : 1)));
      }
      for (const s of sources.filter((x) => !expected.has(x.id))) expect(s).toMatchObject({ rows: 0, citedBy: [] });
    });

    it('the sourceIds of a site exposure and of an area analysis are all listed', async () => {
      const ids = new Set((await list()).map((s) => s.id));
      const sites = json<{ features: { id: string }[] }>(await api.app.inject({ url: '/api/sites' }));
      const site = json<SiteDetail>(await api.app.inject({ url: `/api/sites/${sites.features[0]!.id}?radiusKm=20` }));
      const area = json<AreaAnalysis>(
        await api.app.inject({
          method: 'POST',
          url: '/api/analysis/area',
          payload: { type: 'Polygon', coordinates: [[[72.5, 40.9], [73.5, 40.9], [73.5, 41.5], [72.5, 41.5], [72.5, 40.9]]] },
        }),
      );
      for (const id of [...site.properties.exposure.sourceIds, site.properties.sourceId, ...area.sourceIds]) {
        expect(ids.has(id), id).toBe(true);
      }
      expect(site.properties.exposure.sourceIds.length).toBeGreaterThan(0);
    });
  });
});
