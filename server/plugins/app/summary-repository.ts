import fp from 'fastify-plugin';
import type pg from 'pg';
import type { FigureProvenance, Summary } from '../../schemas/api.ts';
import type { Scope } from '../../lib/scope.ts';
import { loadSql } from '../../lib/sql.ts';

const SQL = loadSql('summary', ['summary']);

const FIGURES = ['sites', 'households', 'participants', 'producers', 'sales', 'restoration'] as const;
type Figure = (typeof FIGURES)[number];

interface SummaryRow {
  sites: number;
  households: number;
  participants: number;
  producer_groups: number;
  producers_total: number;
  producers_women: number;
  producers_youth: number;
  sales_kgs: number;
  sales_usd: number;
  restoration_done_ha: number;
  restoration_planned_ha: number;
  provenance: Partial<Record<Figure, FigureProvenance>>;
}

/** A figure that counts no rows has no sources, no sample data and no date. */
const NOTHING: FigureProvenance = { sourceIds: [], isSample: false, dataDate: null };

/** The year of a period bound (YYYY or YYYY-MM), for the older `filters.from/to` of the answer. */
const yearOf = (period: string | null): number | null => (period === null ? null : Number(period.slice(0, 4)));

export function createSummaryRepository(pool: pg.Pool) {
  return {
    /** The key figures of a scope; `year` is echoed as sent (the scope already holds it as from/to). */
    async summary(scope: Scope, year: number | null): Promise<Summary> {
      const { rows } = await pool.query<SummaryRow>(SQL.summary, [
        ...scope.place, scope.category, scope.channel, scope.start, scope.end,
      ]);
      const r = rows[0];
      if (!r) throw new Error('summary query returned no row');
      const f = scope.filters;
      const provenance = Object.fromEntries(FIGURES.map((k) => [k, r.provenance[k] ?? NOTHING])) as Record<Figure, FigureProvenance>;
      return {
        region: f.region,
        year,
        filters: { rayon: f.rayon, hazard: f.hazard, status: f.status, category: f.category, from: yearOf(f.from), to: yearOf(f.to) },
        sites: r.sites,
        households: r.households,
        participants: r.participants,
        producers: { groups: r.producer_groups, total: r.producers_total, women: r.producers_women, youth: r.producers_youth },
        salesKgs: r.sales_kgs,
        salesUsd: r.sales_usd,
        restorationHa: { done: r.restoration_done_ha, planned: r.restoration_planned_ha },
        isSample: FIGURES.some((k) => provenance[k].isSample),
        scope: f,
        provenance,
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
