import fp from 'fastify-plugin';
import type pg from 'pg';
import type { Summary } from '../../schemas/api.ts';
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

export function createSummaryRepository(pool: pg.Pool) {
  return {
    async summary({ region = null, year = null }: { region?: string | null; year?: number | null }): Promise<Summary> {
      const { rows } = await pool.query<SummaryRow>(SQL.summary, [region, year]);
      const r = rows[0];
      if (!r) throw new Error('summary query returned no row');
      return {
        region,
        year,
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
