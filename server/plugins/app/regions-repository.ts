import fp from 'fastify-plugin';
import type pg from 'pg';
import type { Static } from 'typebox';
import type { RegionCollectionSchema, RegionProps } from '../../schemas/api.ts';
import { loadSql } from '../../lib/sql.ts';
import { featureCollection, nameOf } from '../../lib/rows.ts';

const SQL = loadSql('regions', ['list', 'codes']);

type RegionCollection = Static<typeof RegionCollectionSchema>;
type RegionGeometry = RegionCollection['features'][number]['geometry'];

interface RegionRow {
  code: string;
  level: RegionProps['level'];
  iso_code: string;
  soate: string | null;
  name_ky: string;
  name_ru: string;
  name_en: string;
  source_id: string;
  geometry: RegionGeometry;
}

export function createRegionsRepository(pool: pg.Pool) {
  return {
    async list(): Promise<RegionCollection> {
      const { rows } = await pool.query<RegionRow>(SQL.list);
      return featureCollection(rows, (r) => ({
        code: r.code,
        level: r.level,
        isoCode: r.iso_code,
        soate: r.soate,
        name: nameOf(r),
        sourceId: r.source_id,
      }));
    },
    /** Codes accepted by the `region` filters. */
    async codes(): Promise<string[]> {
      const { rows } = await pool.query<{ code: string }>(SQL.codes);
      return rows.map((r) => r.code);
    },
  };
}
export type RegionsRepository = ReturnType<typeof createRegionsRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    regionsRepository: RegionsRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('regionsRepository', createRegionsRepository(app.db.pool));
  },
  { name: 'regions-repository', dependencies: ['database'] },
);
