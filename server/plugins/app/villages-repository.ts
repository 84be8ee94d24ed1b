import fp from 'fastify-plugin';
import type pg from 'pg';
import type { Static } from 'typebox';
import type { PointSchema, VillageCollectionSchema } from '../../schemas/api.ts';
import { loadSql } from '../../lib/sql.ts';
import { featureCollection, nameOf } from '../../lib/rows.ts';
import type { SiteFilter } from './sites-repository.ts';

const SQL = loadSql('villages', ['list']);

type VillageCollection = Static<typeof VillageCollectionSchema>;

interface VillageRow {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  oblast_code: string;
  rayon_code: string | null;
  population: number;
  households: number;
  participating_households: number;
  participants: number;
  is_sample: boolean;
  source_id: string;
  geometry: Static<typeof PointSchema>;
}

export function createVillagesRepository(pool: pg.Pool) {
  return {
    /** hazard/status keep the villages exposed (zone or within radiusKm) to at least one matching site. */
    async list(filter: SiteFilter, radiusKm: number): Promise<VillageCollection> {
      const { rows } = await pool.query<VillageRow>(SQL.list, [
        filter.region ?? null,
        filter.hazard ?? null,
        filter.status ?? null,
        radiusKm * 1000,
      ]);
      return featureCollection(rows, (r) => ({
        code: r.code,
        name: nameOf(r),
        oblastCode: r.oblast_code,
        rayonCode: r.rayon_code,
        population: r.population,
        households: r.households,
        participatingHouseholds: r.participating_households,
        participants: r.participants,
        isSample: r.is_sample,
        sourceId: r.source_id,
      }));
    },
  };
}
export type VillagesRepository = ReturnType<typeof createVillagesRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    villagesRepository: VillagesRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('villagesRepository', createVillagesRepository(app.db.pool));
  },
  { name: 'villages-repository', dependencies: ['database'] },
);
