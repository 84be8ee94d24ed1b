// The whole view in the address: pure `toSearchParams(state)` / `fromSearchParams(params)`, tested without a DOM.
// One table of fields: adding a field to the view is one entry here. Only values that differ from the defaults are
// written, so the first view's address stays bare; anything unreadable in an address falls back to the default
// (a hand-edited or truncated link opens the atlas, never an error).
import type { Polygon, Position } from 'geojson';
import { LANGUAGES, MAX_ZOOM, MIN_ZOOM, type Lang } from '../lib/config';
import { CURRENCIES, EMPTY_FILTERS, normalisePeriod, periodBounds, singleYear, type Filters, type MapPosition } from './filters';
import {
  RADIUS_MAX_KM,
  RADIUS_MIN_KM,
  initialViewState,
  type BasemapKind,
  type LayerKey,
  type SelectionKind,
  type ViewState,
} from './view-state';

/** The view plus the interface language (held by i18next, not the reducer). */
export type UrlState = ViewState & { lang: Lang | null };

interface Field {
  /** Query parameters this field owns (all are removed when it writes nothing). */
  keys: readonly string[];
  write(state: UrlState, params: URLSearchParams): void;
  /** Reads its parameters into `state`; returns the state unchanged when they are absent or unreadable. */
  read(params: URLSearchParams, state: UrlState): UrlState;
}

const HAZARDS = ['mudflow', 'flood', 'landslide', 'avalanche', 'rockfall', 'glacial_lake_outburst'] as const;
const STATUSES = ['identified', 'feasibility_study', 'design', 'works', 'completed'] as const;
const CHANNELS = ['bishkek_shop', 'karakol_shop', 'fair', 'exhibition', 'online', 'export'] as const;
const CATEGORIES = ['felt', 'honey', 'jam_juice', 'sea_buckthorn', 'dairy', 'soap_herbal', 'dried_fruit_nuts', 'other'] as const;
const SELECTION_KINDS: readonly SelectionKind[] = ['site', 'village', 'region', 'area'];
const BASEMAPS: readonly BasemapKind[] = ['offline', 'web'];
/** Codes of sites, villages and regions: letters, digits, hyphens (as the API's codes). */
const CODE = /^[A-Za-z0-9-]{1,40}$/;
/** A drawn area of more vertices than this is not put in the address (it would make links unusably long). */
export const MAX_AREA_VERTICES = 200;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

function number(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

const year = (value: string | null): number | null => {
  const n = number(value, 2000, 2100);
  return n !== null && Number.isInteger(n) ? n : null;
};

const round = (n: number, digits: number) => Number(n.toFixed(digits));

function codeFilter(key: 'region' | 'rayon'): Field {
  return {
    keys: [key],
    write: (s, p) => {
      if (s.filters[key] !== null) p.set(key, s.filters[key]);
    },
    read: (p, s) => {
      const v = p.get(key);
      return v !== null && CODE.test(v) ? { ...s, filters: { ...s.filters, [key]: v } } : s;
    },
  };
}

function enumFilter<K extends 'hazard' | 'status' | 'category' | 'channel'>(key: K, values: readonly NonNullable<Filters[K]>[]): Field {
  return {
    keys: [key],
    write: (s, p) => {
      const v = s.filters[key];
      if (v !== null) p.set(key, v);
    },
    read: (p, s) => {
      const v = oneOf(values, p.get(key));
      return v === null ? s : { ...s, filters: { ...s.filters, [key]: v } };
    },
  };
}

/** "2024" or "2024-03" → year and month (month null for a bare year); null when unreadable. */
function yearMonth(value: string | null): { year: number; month: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value ?? '');
  if (!m) return null;
  const y = year(m[1]!);
  if (y === null) return null;
  if (m[2] === undefined) return { year: y, month: null };
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: y, month } : null;
}

/**
 * The drawn area as the address writes it, "lon,lat;lon,lat;…" (closing vertex left out); the summaries take the
 * same text as their `area` parameter. null when the polygon is too large for an address.
 */
export function encodeArea(area: Polygon): string | null {
  const ring = area.coordinates[0];
  if (!ring || ring.length < 4 || ring.length > MAX_AREA_VERTICES + 1) return null;
  // The closing vertex repeats the first: leave it out.
  return ring.slice(0, -1).map(([lon, lat]) => `${round(lon!, 5)},${round(lat!, 5)}`).join(';');
}

function decodeArea(text: string | null): Polygon | null {
  if (!text) return null;
  const ring: Position[] = [];
  for (const pair of text.split(';')) {
    const [lonText, latText, ...rest] = pair.split(',');
    const lon = number(lonText ?? null, -180, 180);
    const lat = number(latText ?? null, -90, 90);
    if (lon === null || lat === null || rest.length > 0) return null;
    ring.push([lon, lat]);
  }
  if (ring.length < 3 || ring.length > MAX_AREA_VERTICES) return null;
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

const FIELDS: readonly Field[] = [
  {
    // map=zoom/lat/lon, as OpenStreetMap writes it.
    keys: ['map'],
    write: (s, p) => {
      if (s.view) p.set('map', `${round(s.view.zoom, 2)}/${round(s.view.lat, 4)}/${round(s.view.lon, 4)}`);
    },
    read: (p, s) => {
      const parts = (p.get('map') ?? '').split('/');
      if (parts.length !== 3) return s;
      const zoom = number(parts[0]!, MIN_ZOOM, MAX_ZOOM);
      const lat = number(parts[1]!, -85, 85);
      const lon = number(parts[2]!, -180, 180);
      if (zoom === null || lat === null || lon === null) return s;
      const view: MapPosition = { lon, lat, zoom };
      return { ...s, view };
    },
  },
  {
    // layers=sites,villages: the visible layers (unknown names ignored). Absent = the default set.
    keys: ['layers'],
    write: (s, p) => {
      const keys = Object.keys(s.layers) as LayerKey[];
      if (keys.every((k) => s.layers[k] === initialViewState.layers[k])) return;
      p.set('layers', keys.filter((k) => s.layers[k]).join(','));
    },
    read: (p, s) => {
      const v = p.get('layers');
      if (v === null) return s;
      const on = new Set(v.split(','));
      const keys = Object.keys(initialViewState.layers) as LayerKey[];
      // `layers=` is every layer off; a list naming none we know is a broken link, not a choice.
      if (v !== '' && !keys.some((k) => on.has(k))) return s;
      return { ...s, layers: Object.fromEntries(keys.map((k) => [k, on.has(k)])) as Record<LayerKey, boolean> };
    },
  },
  {
    keys: ['basemap'],
    write: (s, p) => {
      if (s.basemap !== initialViewState.basemap) p.set('basemap', s.basemap);
    },
    read: (p, s) => {
      const v = oneOf(BASEMAPS, p.get('basemap'));
      return v === null ? s : { ...s, basemap: v };
    },
  },
  {
    keys: ['hillshade'],
    write: (s, p) => {
      if (s.hillshade !== initialViewState.hillshade) p.set('hillshade', s.hillshade ? '1' : '0');
    },
    read: (p, s) => {
      const v = p.get('hillshade');
      return v === '1' ? { ...s, hillshade: true } : v === '0' ? { ...s, hillshade: false } : s;
    },
  },
  {
    // sel=site:KG-J-S01 (an area selection is written as sel=area:drawn with its polygon in `area`).
    keys: ['sel', 'area'],
    write: (s, p) => {
      if (!s.selection) return;
      if (s.selection.kind === 'area') {
        const area = s.area ? encodeArea(s.area) : null;
        if (!area) return;
        p.set('area', area);
      }
      p.set('sel', `${s.selection.kind}:${s.selection.id}`);
    },
    read: (p, s) => {
      const [kindText, id, ...rest] = (p.get('sel') ?? '').split(':');
      const kind = oneOf(SELECTION_KINDS, kindText ?? null);
      if (kind === null || id === undefined || !CODE.test(id) || rest.length > 0) return s;
      if (kind === 'area') {
        const area = decodeArea(p.get('area'));
        return area ? { ...s, selection: { kind, id }, area } : s;
      }
      return { ...s, selection: { kind, id } };
    },
  },
  {
    keys: ['r'],
    write: (s, p) => {
      if (s.radiusKm !== initialViewState.radiusKm) p.set('r', String(round(s.radiusKm, 1)));
    },
    read: (p, s) => {
      const v = number(p.get('r'), RADIUS_MIN_KM, RADIUS_MAX_KM);
      return v === null ? s : { ...s, radiusKm: v };
    },
  },
  codeFilter('region'),
  codeFilter('rayon'),
  enumFilter('hazard', HAZARDS),
  enumFilter('status', STATUSES),
  enumFilter('category', CATEGORIES),
  enumFilter('channel', CHANNELS),
  {
    // from=2024&to=2025, or with months from=2024-03&to=2025-06 (the API's period format).
    keys: ['from', 'to'],
    write: (s, p) => {
      const { from, to } = periodBounds(s.filters);
      if (from !== null) p.set('from', from);
      if (to !== null) p.set('to', to);
    },
    read: (p, s) => {
      const a = yearMonth(p.get('from'));
      const b = yearMonth(p.get('to'));
      let period = { yearFrom: a?.year ?? null, monthFrom: a?.month ?? null, yearTo: b?.year ?? null, monthTo: b?.month ?? null };
      // Ends written the wrong way round are swapped, not dropped: the link meant that period.
      if (a && b && a.year * 12 + (a.month ?? 1) > b.year * 12 + (b.month ?? 12)) {
        period = { yearFrom: b.year, monthFrom: b.month, yearTo: a.year, monthTo: a.month };
      }
      const filters = { ...s.filters, ...normalisePeriod(period) };
      return { ...s, filters, year: singleYear(filters) };
    },
  },
  {
    keys: ['cur'],
    write: (s, p) => {
      if (s.currency !== initialViewState.currency) p.set('cur', s.currency);
    },
    read: (p, s) => {
      const v = oneOf(CURRENCIES, p.get('cur'));
      return v === null ? s : { ...s, currency: v };
    },
  },
  {
    keys: ['lang'],
    write: (s, p) => {
      if (s.lang !== null) p.set('lang', s.lang);
    },
    read: (p, s) => ({ ...s, lang: oneOf(LANGUAGES, p.get('lang')) }),
  },
];

/** Every query parameter the view owns; others in the address (say, a campaign tag) are left alone. */
export const URL_KEYS: readonly string[] = FIELDS.flatMap((f) => f.keys);

export function toSearchParams(state: UrlState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of URL_KEYS) params.delete(key);
  for (const field of FIELDS) field.write(state, params);
  return params;
}

/** The state an address describes: the defaults with whatever it says that makes sense. Never throws. */
export function fromSearchParams(params: URLSearchParams, defaults: ViewState = initialViewState): UrlState {
  let state: UrlState = { ...defaults, filters: { ...EMPTY_FILTERS }, lang: null };
  for (const field of FIELDS) {
    try {
      state = field.read(params, state);
    } catch {
      // A field that cannot read its value keeps its default.
    }
  }
  // A rayon means nothing without its region.
  if (state.filters.region === null && state.filters.rayon !== null) state = { ...state, filters: { ...state.filters, rayon: null } };
  return state;
}

/** The view part of a UrlState (what the reducer holds). */
export function viewOf({ lang: _lang, ...view }: UrlState): ViewState {
  return view;
}

/**
 * How an address change should be recorded: a new selection is a step back/forward goes through (push);
 * anything else (the map moved, a filter) replaces the current entry.
 */
export function historyMode(previous: ViewState, next: ViewState): 'push' | 'replace' {
  const a = previous.selection;
  const b = next.selection;
  const same = a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
  return same ? 'replace' : 'push';
}
