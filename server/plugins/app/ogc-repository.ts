// Features and extents of the OGC API collections, from the source statements of server/sql/ogc.sql.
import fp from 'fastify-plugin';
import type pg from 'pg';
import { COLLECTION_IDS, type OgcCollection } from '../../lib/ogc/collections.ts';
import { countStatement, extentStatement, itemsStatement, oneStatement, type ItemFilter } from '../../lib/ogc/query.ts';
import { loadSql } from '../../lib/sql.ts';
import type { OgcFeature, PropertyValue } from '../../schemas/ogc.ts';

const SOURCES = loadSql('ogc', COLLECTION_IDS);

// loadSql throws at start-up if the registry names a collection that ogc.sql lacks.
const sourceOf = (c: OgcCollection): string => (SOURCES as Record<string, string>)[c.id]!;

type FeatureRow = { ogc_id: string; ogc_geometry: OgcFeature['geometry'] } & Record<string, unknown>;

interface ExtentRow {
  min_lon: number | null;
  min_lat: number | null;
  max_lon: number | null;
  max_lat: number | null;
  t_min: Date | null;
  t_max: Date | null;
}

export interface CollectionExtent {
  /** [minLon, minLat, maxLon, maxLat]; null when no feature has a geometry. */
  bbox: [number, number, number, number] | null;
  /** [first, last] instants, null = open; null when the collection has no time (or no feature has one). */
  interval: [string | null, string | null] | null;
}

const toFeature = (c: OgcCollection, row: FeatureRow): OgcFeature => {
  const properties: Record<string, PropertyValue> = {};
  for (const p of c.properties) properties[p.name] = (row[p.name] ?? null) as PropertyValue;
  return { type: 'Feature', id: row.ogc_id, geometry: row.ogc_geometry, properties };
};

export function createOgcRepository(pool: pg.Pool) {
  return {
    async extent(c: OgcCollection): Promise<CollectionExtent> {
      const { text, values } = extentStatement(c, sourceOf(c));
      const row = (await pool.query<ExtentRow>(text, values)).rows[0];
      const bbox =
        row && row.min_lon !== null && row.min_lat !== null && row.max_lon !== null && row.max_lat !== null
          ? ([row.min_lon, row.min_lat, row.max_lon, row.max_lat] as [number, number, number, number])
          : null;
      const interval = c.temporal && row?.t_min ? ([row.t_min.toISOString(), row.t_max?.toISOString() ?? null] as [string, string | null]) : null;
      return { bbox, interval };
    },

    /** One page of features in id order, and how many match the filter in all. */
    async items(c: OgcCollection, filter: ItemFilter, page: { limit: number; offset: number }) {
      const count = countStatement(c, sourceOf(c), filter);
      const numberMatched = (await pool.query<{ n: number }>(count.text, count.values)).rows[0]?.n ?? 0;
      const items = itemsStatement(c, sourceOf(c), filter, page);
      const { rows } = await pool.query<FeatureRow>(items.text, items.values);
      return { features: rows.map((r) => toFeature(c, r)), numberMatched };
    },

    async one(c: OgcCollection, id: string): Promise<OgcFeature | null> {
      const { text, values } = oneStatement(c, sourceOf(c), id);
      const row = (await pool.query<FeatureRow>(text, values)).rows[0];
      return row ? toFeature(c, row) : null;
    },
  };
}
export type OgcRepository = ReturnType<typeof createOgcRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    ogcRepository: OgcRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('ogcRepository', createOgcRepository(app.db.pool));
  },
  { name: 'ogc-repository', dependencies: ['database'] },
);
