// The one home of web configuration: where the API is, where the map starts, and the colour scales.
import type { HazardType, ProductCategory, SalesChannel, SiteStatus } from './api';

/** RGBA, 0–255 each, the form deck.gl accessors return. */
export type Rgba = [number, number, number, number];

const env = import.meta.env as Record<string, string | undefined>;

/** Base of the JSON API (same origin; Vite proxies it in dev). */
export const API_BASE: string = env.VITE_API_BASE ?? '/api';
/** Base of the offline base-map GeoJSON files. */
export const BASEMAP_BASE: string = env.VITE_BASEMAP_BASE ?? '/basemap';
/** Base of the vector tiles and their TileJSON: beside the API (…/api → …/tiles) unless set. */
export const TILES_BASE: string = env.VITE_TILES_BASE ?? `${API_BASE.replace(/\/api\/?$/, '')}/tiles`;
/** Base of the OGC API – Features (rayons come from there): beside the API unless set. */
export const OGC_BASE: string = env.VITE_OGC_BASE ?? `${API_BASE.replace(/\/api\/?$/, '')}/ogc`;

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

// ── Issue 4, part A: selection, flows, producer groups, base maps ───────────────────────────────────────────
/** Sales channels in the order tables and the legend list them. */
export const SALES_CHANNEL_ORDER: readonly SalesChannel[] = ['bishkek_shop', 'karakol_shop', 'fair', 'exhibition', 'online', 'export'];

/** [lon, lat] of the towns where products are sold (from data/base/towns.geojson, GeoNames). */
export const SALES_TOWNS = {
  bishkek: [74.59, 42.87],
  karakol: [78.39362, 42.49068],
  batken: [70.81939, 40.06259],
  jalalAbad: [73.0, 40.93333],
  naryn: [75.99111, 41.42866],
  osh: [72.7985, 40.52828],
  talas: [72.24274, 42.52277],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * Where each oblast's fairs are held: its administrative centre (Chüy's is Bishkek; the cities of Bishkek and Osh
 * hold their own). ASSUMPTION: the sales data record the channel, not the place of a fair, so a village's fair sales
 * are drawn to its own oblast centre, and exhibitions (national events) to Bishkek.
 */
export const FAIR_TOWN_BY_OBLAST: Record<string, keyof typeof SALES_TOWNS> = {
  'KG-B': 'batken',
  'KG-C': 'bishkek',
  'KG-GB': 'bishkek',
  'KG-J': 'jalalAbad',
  'KG-N': 'naryn',
  'KG-O': 'osh',
  'KG-GO': 'osh',
  'KG-T': 'talas',
  'KG-Y': 'karakol',
};

/** Channels with no place to draw a flow to: left out of the arcs (the legend says so). */
export const PLACELESS_CHANNELS: readonly SalesChannel[] = ['online', 'export'];

/** Flow colour per channel (Okabe–Ito, as the hazard palette; the arcs draw on top of the sites' hues). */
export const CHANNEL_COLORS: Record<SalesChannel, Rgba> = {
  bishkek_shop: [0, 114, 178, 220],
  karakol_shop: [0, 158, 115, 220],
  fair: [213, 94, 0, 220],
  exhibition: [204, 121, 167, 220],
  online: [120, 120, 120, 220],
  export: [60, 60, 60, 220],
};
/** Arc width in pixels: square-root of the village's sales on that channel, clamped. */
export const FLOW_WIDTH = { minPx: 1, maxPx: 12, referenceKgs: 10_000_000 } as const;

/** Heat map of sales (deck.gl HeatmapLayer): radius in pixels; YlOrRd, sequential and colour-blind safe. */
export const SALES_HEATMAP = {
  radiusPixels: 60,
  colorRange: [
    [255, 255, 178],
    [254, 217, 118],
    [254, 178, 76],
    [253, 141, 60],
    [240, 59, 32],
    [189, 0, 38],
  ] as [number, number, number][],
} as const;

/**
 * Villages coloured by participation (share of households taking part in OVOP+1): four classes of ColorBrewer's
 * PuBu (sequential, colour-blind safe); villages with none are grey. Each class starts at `from` (a share 0–1).
 */
export const PARTICIPATION_CLASSES: readonly { from: number; color: Rgba }[] = [
  { from: 0, color: [208, 209, 230, 235] },
  { from: 0.01, color: [166, 189, 219, 235] },
  { from: 0.05, color: [54, 144, 192, 235] },
  { from: 0.2, color: [4, 90, 141, 235] },
];
export const PARTICIPATION_NONE: Rgba = [170, 170, 170, 200];

/** Producer groups by product category (Okabe–Ito plus greys; a Record over the API's categories). */
export const CATEGORY_COLORS: Record<ProductCategory, string> = {
  felt: '#CC79A7',
  honey: '#E69F00',
  jam_juice: '#D55E00',
  sea_buckthorn: '#F0E442',
  dairy: '#56B4E9',
  soap_herbal: '#009E73',
  dried_fruit_nuts: '#8C510A',
  other: '#999999',
};
export const CATEGORY_ORDER = Object.keys(CATEGORY_COLORS) as ProductCategory[];

/** Exposure rings around sites (display only: the exposure itself is computed by PostGIS). */
export const EXPOSURE_RING = { line: [220, 0, 120, 220] as Rgba, fill: [220, 0, 120, 22] as Rgba, lineWidthPx: 1.5, steps: 96 } as const;

/** Rayon points and labels appear from this zoom (at country zoom there are too many). */
export const RAYON_LABEL_MIN_ZOOM = 7.5;

/**
 * The web base map, drawn over the offline base when chosen and the network answers: a raster tile template (XYZ)
 * with its attribution. Set VITE_WEB_BASEMAP_TILES / VITE_WEB_BASEMAP_ATTRIBUTION to use another provider.
 */
export const WEB_BASEMAP = {
  tiles: env.VITE_WEB_BASEMAP_TILES ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: env.VITE_WEB_BASEMAP_ATTRIBUTION ?? '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  tileSize: 256,
  maxZoom: 19,
} as const;

/** Terrain for hill-shading: a raster-dem tile template and its encoding (AWS Terrain Tiles, terrarium). */
export const TERRAIN = {
  tiles: env.VITE_TERRAIN_TILES ?? 'https://s3.amazonaws.com/elevation-tiles-prod/terrarium/{z}/{x}/{y}.png',
  encoding: (env.VITE_TERRAIN_ENCODING ?? 'terrarium') as 'terrarium' | 'mapbox',
  attribution: env.VITE_TERRAIN_ATTRIBUTION ?? 'Terrain: <a href="https://registry.opendata.aws/terrain-tiles/">Mapzen / AWS Terrain Tiles</a>',
  tileSize: 256,
  maxZoom: 15,
} as const;
/**
 * How many failed web tiles make the atlas give up on the web base map and go back to the offline one (one
 * failure can be a blip; with no network every tile fails at once).
 */
export const WEB_TILE_FAILURES_TO_FALL_BACK = 3;
