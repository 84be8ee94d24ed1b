import fp from 'fastify-plugin';
import type pg from 'pg';
import type { Static } from 'typebox';
import type { ExposureFacets, ExposureProductSchema, SalesByChannelSchema, SalesByYearSchema } from '../../schemas/api.ts';
import {
  type AreaAnalysis,
  type AreaGeometry,
  type AreaSiteSchema,
  type AreaVillageSchema,
} from '../../schemas/analysis.ts';
import { loadSql } from '../../lib/sql.ts';
import { checkArea } from '../../lib/area-check.ts';

const SQL = loadSql('analysis', ['village_facets', 'site_restoration', 'area']);

interface VillageFacetsRow {
  producer_groups: number;
  producers_total: number;
  producers_women: number;
  producers_youth: number;
  sales_kgs: number;
  products: Static<typeof ExposureProductSchema>[];
  sales_by_year: Static<typeof SalesByYearSchema>;
  sales_by_channel: Static<typeof SalesByChannelSchema>;
  source_ids: string[];
  is_sample: boolean;
}

interface SiteRestorationRow {
  planned_ha: number;
  done_ha: number;
  plots: number;
  source_ids: string[];
  is_sample: boolean;
}

interface AreaRow {
  area_km2: number;
  drawn_area_km2: number;
  villages: Static<typeof AreaVillageSchema>[];
  total_villages: number;
  total_households: number;
  total_participating_households: number;
  total_participants: number;
  sites: Static<typeof AreaSiteSchema>[];
  restoration_planned_ha: number;
  restoration_done_ha: number;
  restoration_plots: number;
  source_ids: string[];
  is_sample: boolean;
}

/** Livelihood figures of a set of villages, shaped for a site's exposure or an area analysis. */
export interface VillageFacets extends ExposureFacets {
  producerGroups: number;
  producers: { total: number; women: number; youth: number };
  salesKgs: number;
}

export interface SiteRestoration {
  restorationHa: { planned: number; done: number; plots: number };
  sourceIds: string[];
  isSample: boolean;
}

// Moved to lib/area-check.ts (the summaries' area filter checks areas the same way); re-exported for the route.
export { AreaRejectedError } from '../../lib/area-check.ts';

export const mergeSourceIds = (...lists: readonly (readonly string[])[]): string[] =>
  [...new Set(lists.flat())].sort();

export function createAnalysisRepository(pool: pg.Pool) {
  return {
    /** Groups, products and sales of these villages (each counted once), with their sources. */
    async villageFacets(villageCodes: readonly string[]): Promise<VillageFacets> {
      const { rows } = await pool.query<VillageFacetsRow>(SQL.village_facets, [villageCodes]);
      const r = rows[0];
      if (!r) throw new Error('village_facets returned no row');
      return {
        producerGroups: r.producer_groups,
        producers: { total: r.producers_total, women: r.producers_women, youth: r.producers_youth },
        salesKgs: r.sales_kgs,
        products: r.products,
        salesByYear: r.sales_by_year,
        salesByChannel: r.sales_by_channel,
        sourceIds: r.source_ids,
        isSample: r.is_sample,
      };
    },

    /** Hectares planned and done of a site's own restoration plots. */
    async siteRestoration(siteCode: string): Promise<SiteRestoration> {
      const { rows } = await pool.query<SiteRestorationRow>(SQL.site_restoration, [siteCode]);
      const r = rows[0];
      if (!r) throw new Error('site_restoration returned no row');
      return {
        restorationHa: { planned: r.planned_ha, done: r.done_ha, plots: r.plots },
        sourceIds: r.source_ids,
        isSample: r.is_sample,
      };
    },

    /**
     * Checks a drawn area with PostGIS (valid outline, geodesic area within the limit) and, if it passes,
     * analyses it. Throws AreaRejectedError with a message a person can act on.
     */
    async area(geometry: AreaGeometry, radiusKm: number): Promise<AreaAnalysis> {
      await checkArea(pool, geometry, radiusKm);
      const text = JSON.stringify(geometry);
      const metres = radiusKm * 1000;

      const { rows } = await pool.query<AreaRow>(SQL.area, [text, metres]);
      const a = rows[0];
      if (!a) throw new Error('area returned no row');
      const facets = await this.villageFacets(a.villages.map((v) => v.code));
      return {
        radiusKm,
        areaKm2: a.area_km2,
        drawnAreaKm2: a.drawn_area_km2,
        villages: a.villages,
        totals: {
          villages: a.total_villages,
          households: a.total_households,
          participatingHouseholds: a.total_participating_households,
          participants: a.total_participants,
          producerGroups: facets.producerGroups,
          producers: facets.producers,
          salesKgs: facets.salesKgs,
        },
        sites: a.sites,
        products: facets.products,
        salesByYear: facets.salesByYear,
        salesByChannel: facets.salesByChannel,
        restorationHa: { planned: a.restoration_planned_ha, done: a.restoration_done_ha, plots: a.restoration_plots },
        sourceIds: mergeSourceIds(a.source_ids, facets.sourceIds),
        isSample: a.is_sample || facets.isSample,
      };
    },
  };
}
export type AnalysisRepository = ReturnType<typeof createAnalysisRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    analysisRepository: AnalysisRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('analysisRepository', createAnalysisRepository(app.db.pool));
  },
  { name: 'analysis-repository', dependencies: ['database'] },
);
