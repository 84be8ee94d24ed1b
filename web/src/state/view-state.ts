// Dashboard view state as pure update functions (tested without a DOM); state/url-state.ts puts it in the address.
import type { Polygon } from 'geojson';
import {
  EMPTY_FILTERS,
  NO_PERIOD,
  samePosition,
  setFilter,
  setPeriod,
  singleYear,
  toggleFilter,
  type Currency,
  type FilterKey,
  type Filters,
  type MapPosition,
  type Period,
} from './filters';

export type LayerKey =
  | 'hazardZones'
  | 'restoration'
  | 'sites'
  | 'villages'
  | 'adminBoundaries'
  | 'exposureRings'
  | 'producerGroups'
  | 'salesFlows'
  | 'salesHeatmap';

/** What the detail panel shows: a site (code), a village (code), a region (oblast/rayon code) or the drawn area. */
export type SelectionKind = 'site' | 'village' | 'region' | 'area';
export interface Selection {
  kind: SelectionKind;
  id: string;
}
/** The id of the one drawn area; its geometry is `area`. */
export const AREA_SELECTION_ID = 'drawn';

export type BasemapKind = 'offline' | 'web';

export const RADIUS_MIN_KM = 0;
export const RADIUS_MAX_KM = 100;
export const DEFAULT_RADIUS_KM = 5;

export interface ViewState {
  layers: Record<LayerKey, boolean>;
  selection: Selection | null;
  /** Exposure radius around a site, km (0–100). */
  radiusKm: number;
  /** The polygon drawn for an area question (a circle is drawn as a polygon too). */
  area: Polygon | null;
  basemap: BasemapKind;
  hillshade: boolean;
  /** Sales year of the totals; null = all years. Kept equal to filters.yearFrom when both ends name one year. */
  year: number | null;
  /** What the layers and key figures are narrowed to (state/filters.ts). */
  filters: Filters;
  /** Money in som or US dollars. */
  currency: Currency;
  /** Where the map looks; null = fitted to the country. */
  view: MapPosition | null;
}

export const initialViewState: ViewState = {
  layers: {
    hazardZones: true,
    restoration: true,
    sites: true,
    villages: true,
    adminBoundaries: true,
    exposureRings: true,
    producerGroups: false,
    salesFlows: false,
    salesHeatmap: false,
  },
  selection: null,
  radiusKm: DEFAULT_RADIUS_KM,
  area: null,
  basemap: 'offline',
  hillshade: false,
  year: null,
  filters: EMPTY_FILTERS,
  currency: 'KGS',
  view: null,
};

export type ViewAction =
  | { type: 'toggleLayer'; layer: LayerKey }
  | { type: 'setLayer'; layer: LayerKey; visible: boolean }
  | { type: 'select'; selection: Selection | null }
  /** Shorthand for select({ kind: 'site', id: code }); null clears any selection. */
  | { type: 'selectSite'; code: string | null }
  | { type: 'setRadius'; km: number }
  | { type: 'setArea'; area: Polygon | null }
  | { type: 'setBasemap'; basemap: BasemapKind }
  | { type: 'setHillshade'; on: boolean }
  | { type: 'setYear'; year: number | null }
  | { type: 'setFilter'; key: FilterKey; value: Filters[FilterKey] }
  /** Sets a filter, or clears it when it already holds that value (a click on a chart's bar, twice). */
  | { type: 'toggleFilter'; key: FilterKey; value: Filters[FilterKey] }
  /** Replaces the whole period: years and months (the period control). */
  | { type: 'setPeriod'; period: Period }
  /** Narrows the period to one year, or clears the period when it is that year already (a year clicked in a chart). */
  | { type: 'toggleYear'; year: number }
  | { type: 'clearFilters' }
  | { type: 'setCurrency'; currency: Currency }
  | { type: 'setView'; view: MapPosition | null }
  /** Replaces the whole state (the address changed: back/forward). */
  | { type: 'restore'; state: ViewState };

function withFilters(state: ViewState, filters: Filters): ViewState {
  if (filters === state.filters) return state;
  return { ...state, filters, year: singleYear(filters) };
}

/** The code of the selected site, if a site is selected. */
export function selectedSiteCode(state: Pick<ViewState, 'selection'>): string | null {
  return state.selection?.kind === 'site' ? state.selection.id : null;
}

export function clampRadius(km: number): number {
  if (!Number.isFinite(km)) return DEFAULT_RADIUS_KM;
  return Math.min(RADIUS_MAX_KM, Math.max(RADIUS_MIN_KM, km));
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

function select(state: ViewState, selection: Selection | null): ViewState {
  // The drawn area lives only as long as it is the selection.
  const area = selection?.kind === 'area' ? state.area : null;
  if (sameSelection(state.selection, selection) && area === state.area) return state;
  return { ...state, selection, area };
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'toggleLayer':
      return { ...state, layers: { ...state.layers, [action.layer]: !state.layers[action.layer] } };
    case 'setLayer':
      if (state.layers[action.layer] === action.visible) return state;
      return { ...state, layers: { ...state.layers, [action.layer]: action.visible } };
    case 'select':
      return select(state, action.selection);
    case 'selectSite':
      return select(state, action.code === null ? null : { kind: 'site', id: action.code });
    case 'setRadius': {
      const km = clampRadius(action.km);
      return state.radiusKm === km ? state : { ...state, radiusKm: km };
    }
    case 'setArea':
      if (action.area === null) return state.selection?.kind === 'area' ? select(state, null) : state;
      return { ...state, area: action.area, selection: { kind: 'area', id: AREA_SELECTION_ID } };
    case 'setBasemap':
      return state.basemap === action.basemap ? state : { ...state, basemap: action.basemap };
    case 'setHillshade':
      return state.hillshade === action.on ? state : { ...state, hillshade: action.on };
    case 'setYear':
      if (state.year === action.year) return state;
      return { ...withFilters(state, setPeriod(state.filters, { ...NO_PERIOD, yearFrom: action.year, yearTo: action.year })), year: action.year };
    case 'setFilter':
      return withFilters(state, setFilter(state.filters, action.key, action.value));
    case 'toggleFilter':
      return withFilters(state, toggleFilter(state.filters, action.key, action.value));
    case 'setPeriod':
      return withFilters(state, setPeriod(state.filters, action.period));
    case 'toggleYear': {
      const f = state.filters;
      const only = singleYear(f) === action.year && f.monthFrom === null && f.monthTo === null;
      return withFilters(state, setPeriod(f, only ? NO_PERIOD : { ...NO_PERIOD, yearFrom: action.year, yearTo: action.year }));
    }
    case 'clearFilters':
      return withFilters(state, EMPTY_FILTERS);
    case 'setCurrency':
      return state.currency === action.currency ? state : { ...state, currency: action.currency };
    case 'setView':
      return samePosition(state.view, action.view) ? state : { ...state, view: action.view };
    case 'restore':
      return action.state;
  }
}
