import fp from 'fastify-plugin';
import type pg from 'pg';
import { DEFAULT_RADIUS_KM, type HazardType, type ProductCategory, type SiteStatus, type Summary } from '../../schemas/api.ts';
import { loadSql } from '../../lib/sql.ts';

const SQL = loadSql('summary', ['summary']);

interface SummaryRow {
  sites: number;
  households: number;
  participants: number;
  producers_total: number;
  producers_women: number;
  producers_youth: number;
  sales_kgs: number;
  sales_usd: number;
  restoration_done_ha: number;
  restoration_planned_ha: number;
  is_sample: boolean;
}

/** The filters of the key figures; each absent or null means "not filtered". `year` is from = to = year. */
export interface SummaryFilters {
  region?: string | null;
  year?: number | null;
  from?: number | null;
  to?: number | null;
  rayon?: string | null;
  hazard?: HazardType | null;
  status?: SiteStatus | null;
  category?: ProductCategory | null;
}

export function createSummaryRepository(pool: pg.Pool) {
  return {
    async summary({
      region = null, year = null, from = null, to = null, rayon = null, hazard = null, status = null, category = null,
    }: SummaryFilters): Promise<Summary> {
      const first = year ?? from;
      const last = year ?? to;
      const { rows } = await pool.query<SummaryRow>(SQL.summary, [
        region, first, last, rayon, hazard, status, category, DEFAULT_RADIUS_KM * 1000,
      ]);
      const r = rows[0];
      if (!r) throw new Error('summary query returned no row');
      return {
        region,
        year,
        filters: { rayon, hazard, status, category, from: first, to: last },
        sites: r.sites,
        households: r.households,
        participants: r.participants,
        producers: { total: r.producers_total, women: r.producers_women, youth: r.producers_youth },
        salesKgs: r.sales_kgs,
        salesUsd: r.sales_usd,
        restorationHa: { done: r.restoration_done_ha, planned: r.restoration_planned_ha },
        isSample: r.is_sample,
      };
    },
  };
}
export type SummaryRepository = ReturnType<typeof createSummaryRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    summaryRepository: SummaryRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('summaryRepository', createSummaryRepository(app.db.pool));
  },
  { name: 'summary-repository', dependencies: ['database'] },
);
