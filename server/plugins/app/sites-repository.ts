import fp from 'fastify-plugin';
import type pg from 'pg';
import type { Static } from 'typebox';
import type {
  HazardType,
  MultiPolygonSchema,
  PointSchema,
  SiteCollectionSchema,
  SiteDetail,
  SiteProps,
  SiteStatus,
} from '../../schemas/api.ts';
import { loadSql } from '../../lib/sql.ts';
import { featureCollection, nameOf } from '../../lib/rows.ts';
import { createAnalysisRepository, mergeSourceIds } from './analysis-repository.ts';

const SQL = loadSql('sites', ['list', 'one', 'exposure']);

type Point = Static<typeof PointSchema>;
type MultiPolygon = Static<typeof MultiPolygonSchema>;
type SiteCollection = Static<typeof SiteCollectionSchema>;

export interface SiteFilter {
  region?: string | undefined;
  hazard?: HazardType | undefined;
  status?: SiteStatus | undefined;
}

interface SiteRow {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  hazard_type: SiteProps['hazardType'];
  risk_level: SiteProps['riskLevel'];
  status: SiteProps['status'];
  oblast_code: string;
  rayon_code: string | null;
  rayon_name_ky: string | null;
  rayon_name_ru: string | null;
  rayon_name_en: string | null;
  households_at_risk: number;
  farmland_at_risk_ha: number;
  is_sample: boolean;
  source_id: string;
  geometry: Point;
}

interface ExposureRow {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  distance_km: number;
  in_zone: boolean;
  households: number;
  participating_households: number;
  participants: number;
  producer_groups: number;
  total_villages: number;
  total_households: number;
  total_participating_households: number;
  total_participants: number;
  total_producer_groups: number;
  total_producers: number;
  total_producers_women: number;
  total_producers_youth: number;
  total_sales_kgs: number;
}

const siteProps = (r: SiteRow): SiteProps => ({
  code: r.code,
  name: nameOf(r),
  hazardType: r.hazard_type,
  riskLevel: r.risk_level,
  status: r.status,
  oblastCode: r.oblast_code,
  rayonCode: r.rayon_code,
  rayonName:
    r.rayon_code && r.rayon_name_en !== null
      ? { ky: r.rayon_name_ky ?? r.rayon_name_en, ru: r.rayon_name_ru ?? r.rayon_name_en, en: r.rayon_name_en }
      : null,
  householdsAtRisk: r.households_at_risk,
  farmlandAtRiskHa: r.farmland_at_risk_ha,
  isSample: r.is_sample,
  sourceId: r.source_id,
});

export function createSitesRepository(pool: pg.Pool) {
  // The exposure's livelihood and restoration figures come from the same statements as an area analysis.
  const analysis = createAnalysisRepository(pool);
  return {
    async list(filter: SiteFilter = {}): Promise<SiteCollection> {
      const { rows } = await pool.query<SiteRow>(SQL.list, [
        filter.region ?? null,
        filter.hazard ?? null,
        filter.status ?? null,
      ]);
      return featureCollection(rows, siteProps);
    },

    /**
     * The site with its zone and what is exposed at radiusKm (0 = the zone only): villages, totals, products,
     * sales by year and channel, the site's restoration; null when no site has that code.
     */
    async detail(code: string, radiusKm: number): Promise<SiteDetail | null> {
      const { rows } = await pool.query<SiteRow & { zone: MultiPolygon }>(SQL.one, [code]);
      const site = rows[0];
      if (!site) return null;
      const exposure = await pool.query<ExposureRow>(SQL.exposure, [code, radiusKm * 1000]);
      const first = exposure.rows[0];
      const [facets, restoration] = await Promise.all([
        analysis.villageFacets(exposure.rows.map((v) => v.code)),
        analysis.siteRestoration(code),
      ]);
      return {
        type: 'Feature',
        id: site.code,
        geometry: site.geometry,
        properties: {
          ...siteProps(site),
          zone: site.zone,
          exposure: {
            radiusKm,
            villages: exposure.rows.map((v) => ({
              code: v.code,
              name: nameOf(v),
              distanceKm: v.distance_km,
              inZone: v.in_zone,
              households: v.households,
              participatingHouseholds: v.participating_households,
              participants: v.participants,
              producerGroups: v.producer_groups,
            })),
            totals: {
              villages: first?.total_villages ?? 0,
              households: first?.total_households ?? 0,
              participatingHouseholds: first?.total_participating_households ?? 0,
              participants: first?.total_participants ?? 0,
              producerGroups: first?.total_producer_groups ?? 0,
              producers: {
                total: first?.total_producers ?? 0,
                women: first?.total_producers_women ?? 0,
                youth: first?.total_producers_youth ?? 0,
              },
              salesKgs: first?.total_sales_kgs ?? 0,
            },
            products: facets.products,
            salesByYear: facets.salesByYear,
            salesByChannel: facets.salesByChannel,
            restorationHa: restoration.restorationHa,
            sourceIds: mergeSourceIds([site.source_id], facets.sourceIds, restoration.sourceIds),
            isSample: site.is_sample || facets.isSample || restoration.isSample,
          },
        },
      };
    },
  };
}
export type SitesRepository = ReturnType<typeof createSitesRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    sitesRepository: SitesRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('sitesRepository', createSitesRepository(app.db.pool));
  },
  { name: 'sites-repository', dependencies: ['database'] },
);
