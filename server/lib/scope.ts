// The scope of the key figures and chart summaries: the query parameters of ScopeQueryProperties (schemas/api.ts)
// checked against the data and turned into the SQL parameters every summary statement takes. The SQL side is
// scope_villages()/scope_sites() (migration 005): one definition of what a region, site, village or area keeps.
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { Type } from 'typebox';
import {
  AREA_SCOPE_MAX_VERTICES,
  DEFAULT_RADIUS_KM,
  ScopeQueryProperties,
  type HazardType,
  type ProductCategory,
  type SalesChannel,
  type ScopeFilters,
  type SiteStatus,
} from '../schemas/api.ts';
import type { AreaGeometry } from '../schemas/analysis.ts';
import { AreaInputError, parseAreaInput } from './area-input.ts';
import { AreaRejectedError, checkArea } from './area-check.ts';
import { assertRegion } from './region-filter.ts';
import { parsePeriod } from './period.ts';

const ScopeQuerySchema = Type.Object(ScopeQueryProperties);
export type ScopeQuery = Static<typeof ScopeQuerySchema>;

/**
 * $1..$8 of every scope-aware statement, in this order (the arguments of scope_villages/scope_sites): region,
 * rayon, site, village, area (GeoJSON text), hazard, status, exposure radius in metres.
 */
export type PlaceParams = readonly [
  region: string | null,
  rayon: string | null,
  site: string | null,
  village: string | null,
  area: string | null,
  hazard: HazardType | null,
  status: SiteStatus | null,
  radiusM: number,
];

export interface Scope {
  /** The filters as received, echoed in every answer (and the answer cache's key). */
  filters: ScopeFilters;
  place: PlaceParams;
  category: ProductCategory | null;
  channel: SalesChannel | null;
  /** First day of the period, YYYY-MM-DD, or null. */
  start: string | null;
  /** First day after the period, YYYY-MM-DD, or null. */
  end: string | null;
}

export const SCOPE_RADIUS_M = DEFAULT_RADIUS_KM * 1000;

const AREA_FORMAT =
  'Query parameter area must be a drawn outline as "lon,lat;lon,lat;..." (WGS 84 degrees, longitude first), ' +
  `3 to ${AREA_SCOPE_MAX_VERTICES} corners, without repeating the first corner at the end, e.g. ` +
  '"72.9,40.9;73.1,40.9;73.1,41.1"';
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The polygon of an `area` parameter: its corners, closed. Throws AreaInputError saying what to fix; the
 * position and ring checks are those of POST /api/analysis/area (lib/area-input.ts).
 */
export function parseAreaParam(text: string): AreaGeometry {
  const pairs = text.split(';');
  if (pairs.length < 3 || pairs.length > AREA_SCOPE_MAX_VERTICES) {
    throw new AreaInputError(`${AREA_FORMAT}; received ${pairs.length} corner${pairs.length === 1 ? '' : 's'}.`);
  }
  const ring = pairs.map((pair, i) => {
    const parts = pair.split(',').map((p) => p.trim());
    if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p))) {
      const shown = pair.length > 30 ? `${pair.slice(0, 27)}...` : pair;
      throw new AreaInputError(`${AREA_FORMAT}; corner ${i + 1} ("${shown}") is not two numbers separated by a comma.`);
    }
    return parts.map(Number);
  });
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] === last[0] && first[1] === last[1]) {
    throw new AreaInputError(`${AREA_FORMAT}; the last corner repeats the first one: leave it out.`);
  }
  try {
    return parseAreaInput({ type: 'Polygon', coordinates: [[...ring, first]] }).geometry;
  } catch (error) {
    if (error instanceof AreaInputError) throw new AreaInputError(`Query parameter area: ${error.message}`);
    throw error;
  }
}

/** The 400 of an unknown code: which parameter, what it received, and where to find the codes. */
function unknownCode(app: FastifyInstance, name: string, value: string, where: string): Error {
  return app.httpErrors.badRequest(`Query parameter ${name} must be the code of ${where}; received "${value}".`);
}

/**
 * Checks the filters that depend on the data (region, rayon, site, village, area) and the period, and gives the
 * scope the statements take. Throws a 400 that says what to send.
 */
export async function resolveScope(app: FastifyInstance, q: ScopeQuery): Promise<Scope> {
  const period = parsePeriod(q.from, q.to);
  if ('error' in period) throw app.httpErrors.badRequest(period.error);
  await assertRegion(app, q.region);
  // From the answer cache like the region codes (keyed by the data version, so an import shows at once): a cached
  // summary must not cost a query just to check its codes (npm run bench, PostGIS: 4,000 → 11,700 req/s for /api/summary).
  const rayon = q.rayon ?? null;
  const village = q.village ?? null;
  const known = await app.queryCache.get(`scope-codes\u0000${rayon ?? ''}\u0000${village ?? ''}`, () =>
    app.summariesRepository.scopeCodes(rayon, village),
  );
  if (q.site !== undefined && !known.sites.includes(q.site)) {
    throw unknownCode(app, 'site', q.site, `a hazard site: one of ${known.sites.join(', ')}`);
  }
  if (q.rayon !== undefined && !known.rayonKnown) {
    throw unknownCode(app, 'rayon', q.rayon, 'a rayon (GET /ogc/collections/rayons/items lists them), e.g. KG-J-SUZAK');
  }
  if (q.village !== undefined && !known.villageKnown) {
    throw unknownCode(app, 'village', q.village, 'a village (GET /api/villages lists them)');
  }
  let area: string | null = null;
  if (q.area !== undefined) {
    try {
      const geometry = parseAreaParam(q.area);
      await checkArea(app.db.pool, geometry, 0);
      area = JSON.stringify(geometry);
    } catch (error) {
      if (error instanceof AreaInputError) throw app.httpErrors.badRequest(error.message);
      if (error instanceof AreaRejectedError) throw app.httpErrors.badRequest(`Query parameter area: ${error.message}`);
      throw error;
    }
  }
  const filters: ScopeFilters = {
    region: q.region ?? null,
    rayon: q.rayon ?? null,
    site: q.site ?? null,
    village: q.village ?? null,
    area: q.area ?? null,
    hazard: q.hazard ?? null,
    status: q.status ?? null,
    category: q.category ?? null,
    channel: q.channel ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
  };
  return {
    filters,
    place: [filters.region, filters.rayon, filters.site, filters.village, area, filters.hazard, filters.status, SCOPE_RADIUS_M],
    category: filters.category,
    channel: filters.channel,
    start: period.start,
    end: period.end,
  };
}

/** The answer cache's key of a scoped answer: every filter is part of it (the area as received). */
export function scopeCacheKey(what: string, scope: Scope, ...extra: readonly (string | number | null)[]): string {
  return `${what}:${JSON.stringify([scope.filters, ...extra])}`;
}

/** The whole country, every period: the scope of a request without filters (scripts/benchmark.ts uses it). */
export function unscoped(): Scope {
  const filters: ScopeFilters = {
    region: null, rayon: null, site: null, village: null, area: null, hazard: null, status: null,
    category: null, channel: null, from: null, to: null,
  };
  return {
    filters,
    place: [null, null, null, null, null, null, null, SCOPE_RADIUS_M],
    category: null,
    channel: null,
    start: null,
    end: null,
  };
}
