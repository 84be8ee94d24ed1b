// What the map, the layers and the key figures are narrowed to, as pure update functions (tested without a DOM).
// view-state.ts holds these fields; url-state.ts puts them in the address.
import type { HazardType, ProductCategory, SalesChannel, SiteStatus } from '../lib/api';

export interface Filters {
  /** Oblast or city code (GET /api/regions). */
  region: string | null;
  /** Rayon code, within the region. */
  rayon: string | null;
  hazard: HazardType | null;
  status: SiteStatus | null;
  category: ProductCategory | null;
  /** Sales channel (a click on a channel in the charts). */
  channel: SalesChannel | null;
  /** Sales years, inclusive; null = open. */
  yearFrom: number | null;
  yearTo: number | null;
  /**
   * Months (1–12) that narrow the ends of the year range for sales: from = yearFrom-monthFrom, to = yearTo-monthTo.
   * A month is kept only while its year end is set.
   */
  monthFrom: number | null;
  monthTo: number | null;
}

export type FilterKey = keyof Filters;

export const EMPTY_FILTERS: Filters = {
  region: null,
  rayon: null,
  hazard: null,
  status: null,
  category: null,
  channel: null,
  yearFrom: null,
  yearTo: null,
  monthFrom: null,
  monthTo: null,
};

/** The keys that make up the period (shown and cleared together). */
export const PERIOD_KEYS = ['yearFrom', 'yearTo', 'monthFrom', 'monthTo'] as const satisfies readonly FilterKey[];
export type Period = Pick<Filters, (typeof PERIOD_KEYS)[number]>;
export const NO_PERIOD: Period = { yearFrom: null, yearTo: null, monthFrom: null, monthTo: null };

export type Currency = 'KGS' | 'USD';
export const CURRENCIES: readonly Currency[] = ['KGS', 'USD'];

/** Where the map looks. null = fitted to the country (the first view). */
export interface MapPosition {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * Sets one filter. A new region drops the rayon (it belonged to the old one); a period never runs backwards:
 * moving one end past the other moves the other end with it; a month without its year is dropped.
 */
export function setFilter<K extends FilterKey>(filters: Filters, key: K, value: Filters[K]): Filters {
  if (filters[key] === value) return filters;
  const next: Filters = { ...filters, [key]: value };
  if (key === 'region') next.rayon = null;
  if ((PERIOD_KEYS as readonly FilterKey[]).includes(key)) {
    const period = normalisePeriod(next, key === 'yearTo' || key === 'monthTo' ? 'to' : 'from');
    return samePeriod(period, filters) ? filters : { ...next, ...period };
  }
  return next;
}

/** The filters with `value` for `key`, or without it when `key` already holds `value` (a second click clears). */
export function toggleFilter<K extends FilterKey>(filters: Filters, key: K, value: Filters[K]): Filters {
  return setFilter(filters, key, filters[key] === value ? null : value);
}

/** A period made consistent; when the ends cross, the end not just `moved` follows the one that was. */
export function normalisePeriod(p: Period, moved: 'from' | 'to' = 'from'): Period {
  const yearFrom = p.yearFrom;
  const yearTo = p.yearTo;
  let monthFrom = yearFrom === null ? null : p.monthFrom;
  let monthTo = yearTo === null ? null : p.monthTo;
  if (yearFrom === null || yearTo === null) return { yearFrom, yearTo, monthFrom, monthTo };
  const from = yearFrom * 12 + (monthFrom ?? 1);
  const to = yearTo * 12 + (monthTo ?? 12);
  if (from <= to) return { yearFrom, yearTo, monthFrom, monthTo };
  if (moved === 'from') {
    monthTo = monthTo === null ? null : monthFrom;
    return { yearFrom, yearTo: yearFrom, monthFrom, monthTo };
  }
  monthFrom = monthFrom === null ? null : monthTo;
  return { yearFrom: yearTo, yearTo, monthFrom, monthTo };
}

function samePeriod(a: Period, b: Period): boolean {
  return PERIOD_KEYS.every((k) => a[k] === b[k]);
}

/** Replaces the whole period (the period control, a year clicked in a chart). */
export function setPeriod(filters: Filters, period: Period): Filters {
  const next = normalisePeriod(period);
  return samePeriod(next, filters) ? filters : { ...filters, ...next };
}

/** True when a period is set at all. */
export function hasPeriod(p: Period): boolean {
  return p.yearFrom !== null || p.yearTo !== null;
}

const pad = (month: number) => String(month).padStart(2, '0');

/**
 * The period as the API's from/to: "2024" or "2024-03"; null = open. The months refine the ends of the year range.
 */
export function periodBounds(p: Period): { from: string | null; to: string | null } {
  return {
    from: p.yearFrom === null ? null : p.monthFrom === null ? String(p.yearFrom) : `${p.yearFrom}-${pad(p.monthFrom)}`,
    to: p.yearTo === null ? null : p.monthTo === null ? String(p.yearTo) : `${p.yearTo}-${pad(p.monthTo)}`,
  };
}

/** How many filters are set (a period counts once). */
export function activeFilterCount(filters: Filters): number {
  const { yearFrom, yearTo, monthFrom: _mf, monthTo: _mt, ...rest } = filters;
  return Object.values(rest).filter((v) => v !== null).length + (yearFrom !== null || yearTo !== null ? 1 : 0);
}

/** The one year both ends name, else null (the totals' "year" as the API had it). */
export function singleYear(filters: Pick<Filters, 'yearFrom' | 'yearTo'>): number | null {
  return filters.yearFrom !== null && filters.yearFrom === filters.yearTo ? filters.yearFrom : null;
}

/** True when months narrow the period (sales are then shown by month). */
export function hasMonths(p: Period): boolean {
  return p.monthFrom !== null || p.monthTo !== null;
}

/** True when a filter narrows the sites (and with them zones and restoration). */
export function narrowsSites(filters: Pick<Filters, 'region' | 'rayon' | 'hazard' | 'status'>): boolean {
  return filters.region !== null || filters.rayon !== null || filters.hazard !== null || filters.status !== null;
}

/** True when a filter narrows the villages. */
export function narrowsVillages(filters: Pick<Filters, 'region' | 'rayon' | 'hazard' | 'status'>): boolean {
  return narrowsSites(filters);
}

/** Positions closer than this are the same (rounding in the address must not move the map). */
const SAME = { degrees: 1e-4, zoom: 0.01 };

export function samePosition(a: MapPosition | null, b: MapPosition | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return Math.abs(a.lon - b.lon) < SAME.degrees && Math.abs(a.lat - b.lat) < SAME.degrees && Math.abs(a.zoom - b.zoom) < SAME.zoom;
}
