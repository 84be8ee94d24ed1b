// The one home of web configuration: where the API is, where the map starts, and the colour scales.
import type { HazardType, SiteStatus } from './api';

/** RGBA, 0–255 each, the form deck.gl accessors return. */
export type Rgba = [number, number, number, number];

const env = import.meta.env as Record<string, string | undefined>;

/** Base of the JSON API (same origin; Vite proxies it in dev). */
export const API_BASE: string = env.VITE_API_BASE ?? '/api';
/** Base of the offline base-map GeoJSON files. */
export const BASEMAP_BASE: string = env.VITE_BASEMAP_BASE ?? '/basemap';
/** Base of the vector tiles and their TileJSON: beside the API (…/api → …/tiles) unless set. */
export const TILES_BASE: string = env.VITE_TILES_BASE ?? `${API_BASE.replace(/\/api\/?$/, '')}/tiles`;

/** The first year with recorded OVOP+1 sales; the period control offers this year up to the current one. */
export const SALES_FIRST_YEAR = 2024;

/** Kyrgyzstan as a whole. */
export const INITIAL_VIEW = { longitude: 74.5, latitude: 41.3, zoom: 6 } as const;
/**
 * The country's extent [west, south, east, north]. The map opens fitted to it (close to INITIAL_VIEW on a
 * desktop screen) so the whole country shows whatever the width of the map area.
 */
export const COUNTRY_BOUNDS: [number, number, number, number] = [69.25, 39.15, 80.3, 43.3];
/** Panning stops a little outside the country. [west, south, east, north] */
export const MAX_BOUNDS: [number, number, number, number] = [66.5, 37.0, 83.5, 45.5];
export const MIN_ZOOM = 4.5;
export const MAX_ZOOM = 14;

/** The languages of the interface and of the data's names. */
export const LANGUAGES = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Lang = 'en';
export const LANGUAGE_STORAGE_KEY = 'resiland-atlas.lang';
/**
 * Locales for number formatting, best first. Chromium's built-in ICU has no Kyrgyz data (it formats
 * `ky-KG` like English, "63,000,000"); Kyrgyz writes numbers as Russian does ("63 000 000"), so `ru-KG`
 * stands in where `ky-KG` is missing.
 */
export const LOCALES: Record<Lang, readonly string[]> = { ky: ['ky-KG', 'ru-KG'], ru: ['ru-RU'], en: ['en-US'] };

/**
 * Hazard type → fill colour, from the Okabe–Ito palette (distinguishable with the common forms of
 * colour blindness). A Record over the API's HazardType makes the compiler flag a new type missing here.
 */
export const HAZARD_COLORS: Record<HazardType, Rgba> = {
  mudflow: [230, 159, 0, 255], // orange
  flood: [0, 114, 178, 255], // blue
  landslide: [213, 94, 0, 255], // vermilion
  avalanche: [86, 180, 233, 255], // sky blue
  rockfall: [204, 121, 167, 255], // reddish purple
  glacial_lake_outburst: [0, 158, 115, 255], // bluish green
};
/** Legend order (the API's order). */
export const HAZARD_ORDER = Object.keys(HAZARD_COLORS) as HazardType[];

/**
 * Programme status → site outline. Lightness and width both grow along the lifecycle so the status
 * reads without relying on hue (the hue already encodes the hazard type).
 */
export const STATUS_OUTLINES: Record<SiteStatus, { color: Rgba; widthPx: number }> = {
  identified: { color: [255, 255, 255, 255], widthPx: 1.5 },
  feasibility_study: { color: [190, 190, 190, 255], widthPx: 2 },
  design: { color: [130, 130, 130, 255], widthPx: 2.5 },
  works: { color: [60, 60, 60, 255], widthPx: 3 },
  completed: { color: [0, 0, 0, 255], widthPx: 3.5 },
};
export const STATUS_ORDER = Object.keys(STATUS_OUTLINES) as SiteStatus[];
export const SELECTED_OUTLINE: Rgba = [220, 0, 120, 255];

/** Hazard zones (vector tiles): the hazard type's colour, translucent so the base map shows through. */
export const ZONE_FILL_OPACITY = 0.28;
/**
 * Programme status → hazard-zone outline: darker, wider and solid once works start; dashed while the site is only
 * identified or being studied. Lightness, width and dashes carry the status without hue (hue is the hazard type).
 */
export const ZONE_STATUS_OUTLINES: Record<SiteStatus, { color: string; widthPx: number; dash: [number, number] | null }> = {
  identified: { color: '#8a949c', widthPx: 1, dash: [2, 2] },
  feasibility_study: { color: '#6b757d', widthPx: 1.5, dash: [4, 2] },
  design: { color: '#4d565d', widthPx: 1.5, dash: null },
  works: { color: '#2b3238', widthPx: 2.2, dash: null },
  completed: { color: '#000000', widthPx: 3, dash: null },
};

/**
 * Restoration plots by progress (percent of the planned hectares done): five classes of ColorBrewer's YlGn, a
 * sequential single-hue-family scheme whose lightness falls steadily, so it reads with every common colour-vision
 * deficiency and in greyscale. Each class starts at `from` (inclusive).
 */
export const RESTORATION_CLASSES = [
  { from: 0, color: '#ffffcc' },
  { from: 20, color: '#c2e699' },
  { from: 40, color: '#78c679' },
  { from: 60, color: '#31a354' },
  { from: 80, color: '#006837' },
] as const;
export const RESTORATION_OUTLINE = '#1f4d2b';
export const RESTORATION_UNKNOWN = '#bdbdbd';
export const RESTORATION_FILL_OPACITY = 0.85;

/** Site symbol size on screen. */
export const SITE_RADIUS_PX = 8;

/** Villages: area proportional to households (square-root scale), clamped on screen. */
export const VILLAGE_SIZE = { minPx: 2.5, maxPx: 16, referenceHouseholds: 2000 } as const;
/** Example sizes shown in the legend. */
export const VILLAGE_LEGEND_HOUSEHOLDS = [50, 500, 2000] as const;
export const VILLAGE_FILL: Rgba = [68, 85, 102, 170];
export const VILLAGE_PARTICIPATING_FILL: Rgba = [68, 85, 102, 230];
export const VILLAGE_OUTLINE: Rgba = [255, 255, 255, 220];

/** Base-map colours (offline style). */
export const BASEMAP_COLORS = {
  background: '#dfe6ec',
  land: '#f7f6f2',
  countryOutline: '#5b6770',
  oblastBorder: '#9aa5ad',
  water: '#a9cbe3',
  waterOutline: '#7fafd1',
  river: '#8ab9db',
  town: '#3b4650',
  townHalo: '#ffffff',
  label: '#27313a',
  oblastLabel: '#6b7680',
} as const;

/** How long fetched data counts as fresh. Programme data changes slowly. */
export const STALE_TIME_MS = 5 * 60_000;
