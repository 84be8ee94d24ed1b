// What the map, the layers and the key figures are narrowed to, as pure update functions (tested without a DOM).
// view-state.ts holds these fields; url-state.ts puts them in the address.
import type { HazardType, SiteStatus } from '../lib/api';
import type { ProductCategory } from '../lib/api';

export interface Filters {
  /** Oblast or city code (GET /api/regions). */
  region: string | null;
  /** Rayon code, within the region. */
  rayon: string | null;
  hazard: HazardType | null;
  status: SiteStatus | null;
  category: ProductCategory | null;
  /** Sales years, inclusive; null = open. */
  yearFrom: number | null;
  yearTo: number | null;
}

export type FilterKey = keyof Filters;

export const EMPTY_FILTERS: Filters = {
  region: null,
  rayon: null,
  hazard: null,
  status: null,
  category: null,
  yearFrom: null,
  yearTo: null,
};

export type Currency = 'KGS' | 'USD';
export const CURRENCIES: readonly Currency[] = ['KGS', 'USD'];

/** Where the map looks. null = fitted to the country (the first view). */
export interface MapPosition {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * Sets one filter. A new region drops the rayon (it belonged to the old one); a year range never runs backwards:
 * moving one end past the other moves the other end with it.
 */
export function setFilter<K extends FilterKey>(filters: Filters, key: K, value: Filters[K]): Filters {
  if (filters[key] === value) return filters;
  const next: Filters = { ...filters, [key]: value };
  if (key === 'region') next.rayon = null;
  if (key === 'yearFrom' && value !== null && next.yearTo !== null && next.yearTo < (value as number)) next.yearTo = value as number;
  if (key === 'yearTo' && value !== null && next.yearFrom !== null && next.yearFrom > (value as number)) next.yearFrom = value as number;
  return next;
}

/** How many filters are set (a year range counts once). */
export function activeFilterCount(filters: Filters): number {
  const { yearFrom, yearTo, ...rest } = filters;
  return Object.values(rest).filter((v) => v !== null).length + (yearFrom !== null || yearTo !== null ? 1 : 0);
}

/** The one year both ends name, else null (the totals' "year" as the API had it). */
export function singleYear(filters: Pick<Filters, 'yearFrom' | 'yearTo'>): number | null {
  return filters.yearFrom !== null && filters.yearFrom === filters.yearTo ? filters.yearFrom : null;
}

/** True when a filter narrows the sites (and with them zones and restoration). */
export function narrowsSites(filters: Filters): boolean {
  return filters.region !== null || filters.rayon !== null || filters.hazard !== null || filters.status !== null;
}

/** True when a filter narrows the villages. */
export function narrowsVillages(filters: Filters): boolean {
  return narrowsSites(filters);
}

/** Positions closer than this are the same (rounding in the address must not move the map). */
const SAME = { degrees: 1e-4, zoom: 0.01 };

export function samePosition(a: MapPosition | null, b: MapPosition | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return Math.abs(a.lon - b.lon) < SAME.degrees && Math.abs(a.lat - b.lat) < SAME.degrees && Math.abs(a.zoom - b.zoom) < SAME.zoom;
}
