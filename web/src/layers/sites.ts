// Hazard sites: a dot per site, filled by hazard type (Okabe–Ito) and outlined by programme status. Drawn by
// MapLibre (a GeoJSON source and a circle layer) so the first view needs no deck.gl; the accessors below are the
// same rules in JavaScript (legend, tests), the expressions their MapLibre form, both from lib/config.ts.
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { HazardType, SiteFeature, SiteProperties as SiteProps, SiteStatus } from '../lib/api';
import {
  HAZARD_COLORS,
  HAZARD_ORDER,
  SELECTED_OUTLINE,
  SITE_RADIUS_PX,
  STATUS_ORDER,
  STATUS_OUTLINES,
  type Rgba,
} from '../lib/config';
import { rgbaCss, unlessHidden, visibility } from './tile-layer';

export const SITES_LAYER_ID = 'sites';
export const SITES_SOURCE_ID = 'sites';

const UNKNOWN: Rgba = [128, 128, 128, 255];
/** Extra radius and outline width of the selected site, px. */
const SELECTED_EXTRA_RADIUS = 3;
const SELECTED_EXTRA_WIDTH = 2;

export function siteFillColor(p: SiteProps): Rgba {
  return HAZARD_COLORS[p.hazardType] ?? UNKNOWN;
}

export function siteLineColor(p: SiteProps, selectedCode: string | null): Rgba {
  if (p.code === selectedCode) return SELECTED_OUTLINE;
  return STATUS_OUTLINES[p.status]?.color ?? UNKNOWN;
}

export function siteLineWidth(p: SiteProps, selectedCode: string | null): number {
  const base = STATUS_OUTLINES[p.status]?.widthPx ?? 1;
  return p.code === selectedCode ? base + SELECTED_EXTRA_WIDTH : base;
}

export function siteRadius(p: SiteProps, selectedCode: string | null): number {
  return p.code === selectedCode ? SITE_RADIUS_PX + SELECTED_EXTRA_RADIUS : SITE_RADIUS_PX;
}

export function sitePosition(f: SiteFeature): [number, number] {
  const [lon = 0, lat = 0] = f.geometry.coordinates;
  return [lon, lat];
}

// MapLibre expressions over the API's site properties (camelCase). `match` arms come from the palettes. The selected
// site is marked by its `selected` feature state (components/map/use-programme-layers.ts), not by an expression
// naming its code: changing an expression sends the layer through MapLibre's worker (3 frames), a state does not.
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const byHazard = <T>(value: (h: HazardType) => T, fallback: T) =>
  ['match', ['get', 'hazardType'], ...HAZARD_ORDER.flatMap((h) => [h, value(h)]), fallback] as unknown as ExpressionSpecification;
const byStatus = <T>(value: (s: SiteStatus) => T, fallback: T) =>
  ['match', ['get', 'status'], ...STATUS_ORDER.flatMap((s) => [s, value(s)]), fallback] as unknown as ExpressionSpecification;

export const siteCircleColor = (): ExpressionSpecification => byHazard((h) => rgbaCss(HAZARD_COLORS[h]), rgbaCss(UNKNOWN));
export const siteStrokeColor = (): ExpressionSpecification => [
  'case',
  isSelected,
  rgbaCss(SELECTED_OUTLINE),
  byStatus((s) => rgbaCss(STATUS_OUTLINES[s].color), rgbaCss(UNKNOWN)),
];
export const siteStrokeWidth = (): ExpressionSpecification => [
  'case',
  isSelected,
  byStatus((s) => STATUS_OUTLINES[s].widthPx + SELECTED_EXTRA_WIDTH, 1 + SELECTED_EXTRA_WIDTH),
  byStatus((s) => STATUS_OUTLINES[s].widthPx, 1),
];
export const siteCircleRadius = (): ExpressionSpecification => [
  'case',
  isSelected,
  SITE_RADIUS_PX + SELECTED_EXTRA_RADIUS,
  SITE_RADIUS_PX,
];

/**
 * The GeoJSON source the sites layer draws: every site, those the filters leave out hidden by feature state
 * (lib/map-visibility.ts), so the features' ids are their codes.
 */
export function sitesSource(): GeoJSONSourceSpecification {
  // buffer 0: a point lives in exactly one tile (circles are not clipped to their tile), so it is drawn and
  // queried once.
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, buffer: 0, promoteId: 'code' };
}

/** The sites' data for the source: point features only. */
export function sitesData(features: readonly SiteFeature[]): FeatureCollection {
  return { type: 'FeatureCollection', features: features.filter((f) => f.geometry?.type === 'Point') };
}

const POINTS: FilterSpecification = ['==', ['geometry-type'], 'Point'];

export function createSitesLayer({ visible = true }: { visible?: boolean } = {}): CircleLayerSpecification {
  return {
    id: SITES_LAYER_ID,
    type: 'circle',
    source: SITES_SOURCE_ID,
    filter: POINTS,
    layout: { visibility: visibility(visible) },
    paint: {
      'circle-color': siteCircleColor(),
      'circle-radius': siteCircleRadius(),
      'circle-stroke-color': siteStrokeColor(),
      'circle-stroke-width': siteStrokeWidth(),
      'circle-opacity': unlessHidden(1),
      'circle-stroke-opacity': unlessHidden(1),
      'circle-pitch-alignment': 'viewport',
    },
  };
}

