// A small typed client for the Atlas API. Every call takes an AbortSignal; a non-2xx answer becomes an
// ApiError carrying the server's problem+json `detail`. Components and hooks never build URLs.
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import type {
  Health,
  HazardType,
  RegionProps,
  RISK_LEVELS,
  SiteDetail,
  SiteProps,
  SiteStatus,
  Summary,
  VillageProps,
} from '../../../server/schemas/api';
import type { BasemapData, BasemapLayerName } from '../basemap/types';
import { API_BASE, BASEMAP_BASE } from './config';

export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * SiteProps with its three enumerations stated from the contract's const arrays. `Static<>` of the
 * contract's `literalUnion` (an array of literals, not a tuple) currently resolves them to `never`;
 * restating them here is correct whether or not that is fixed upstream.
 */
export type SiteProperties = Omit<SiteProps, 'hazardType' | 'riskLevel' | 'status'> & {
  hazardType: HazardType;
  riskLevel: RiskLevel;
  status: SiteStatus;
};
export type SiteFeature = Feature<Point, SiteProperties>;
export type VillageFeature = Feature<Point, VillageProps>;
export type RegionFeature = Feature<Point | MultiPolygon, RegionProps>;
export type SiteCollection = FeatureCollection<Point, SiteProperties>;
export type VillageCollection = FeatureCollection<Point, VillageProps>;
export type RegionCollection = FeatureCollection<Point | MultiPolygon, RegionProps>;

/** Why a request failed: the server answered with an error, could not be reached, or answered nonsense. */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status; 0 when no answer came. */
    readonly status: number,
    /** Human-readable explanation (problem+json `detail`), if the server gave one. */
    readonly detail: string | null,
    readonly url: string,
    /** problem+json `title`, if any. */
    readonly title: string | null = null,
  ) {
    super(detail ?? title ?? (kind === 'network' ? `Could not reach ${url}` : `Request to ${url} failed (${status})`));
  }
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `base + path + ?query`, leaving out empty values. Exported for tests. */
export function buildUrl(base: string, path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function readProblem(response: Response): Promise<{ detail: string | null; title: string | null }> {
  try {
    const body: unknown = await response.json();
    if (isRecord(body)) {
      return {
        detail: typeof body.detail === 'string' ? body.detail : null,
        title: typeof body.title === 'string' ? body.title : null,
      };
    }
  } catch {
    // Not JSON (a proxy's HTML error page, say): no detail to show.
  }
  return { detail: null, title: null };
}

/** GETs JSON. Abort errors are re-thrown untouched so callers (TanStack Query) see a cancellation. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted || (err instanceof DOMException && err.name === 'AbortError')) throw err;
    throw new ApiError('network', 0, null, url);
  }
  if (!response.ok) {
    const { detail, title } = await readProblem(response);
    throw new ApiError('http', response.status, detail, url, title);
  }
  try {
    return (await response.json()) as T;
  } catch (err) {
    if (signal?.aborted) throw err;
    // Typically index.html served for an /api path: the server is not behind this address.
    throw new ApiError('invalid-response', response.status, null, url);
  }
}

export interface SiteFilters {
  region?: string | null;
  hazard?: HazardType | null;
  status?: SiteStatus | null;
}

export interface SummaryFilters {
  region?: string | null;
  year?: number | null;
}

export const api = {
  health: (signal?: AbortSignal) => getJson<Health>(buildUrl(API_BASE, '/health'), signal),
  regions: (signal?: AbortSignal) => getJson<RegionCollection>(buildUrl(API_BASE, '/regions'), signal),
  sites: (filters: SiteFilters = {}, signal?: AbortSignal) =>
    getJson<SiteCollection>(
      buildUrl(API_BASE, '/sites', { region: filters.region, hazard: filters.hazard, status: filters.status }),
      signal,
    ),
  site: (code: string, radiusKm: number, signal?: AbortSignal) =>
    getJson<SiteDetail>(buildUrl(API_BASE, `/sites/${encodeURIComponent(code)}`, { radiusKm }), signal),
  villages: (signal?: AbortSignal) => getJson<VillageCollection>(buildUrl(API_BASE, '/villages'), signal),
  summary: (filters: SummaryFilters = {}, signal?: AbortSignal) =>
    getJson<Summary>(buildUrl(API_BASE, '/summary', { region: filters.region, year: filters.year }), signal),
  basemapLayer: <K extends BasemapLayerName>(name: K, signal?: AbortSignal) =>
    getJson<BasemapData[K]>(buildUrl(BASEMAP_BASE, `/${name}.geojson`), signal),
};

