// Villages: a dot per village whose area grows with its households (square-root scale, in pixels), coloured by
// participation: the share of its households taking part in OVOP+1. Drawn by MapLibre (GeoJSON source + circle
// layer); the functions are the same rules in JavaScript (legend, tests), the expressions their MapLibre form.
import type { FeatureCollection } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { VillageFeature, VillageProps } from '../lib/api';
import {
  PARTICIPATION_CLASSES,
  PARTICIPATION_NONE,
  SELECTED_OUTLINE,
  VILLAGE_OUTLINE,
  VILLAGE_SIZE,
  type Rgba,
} from '../lib/config';
import { rgbaCss, unlessHidden, visibility } from './tile-layer';

export const VILLAGES_LAYER_ID = 'villages';
export const VILLAGES_SOURCE_ID = 'villages';

/** Radius in pixels: √(households / reference) × max, clamped to [min, max]. */
export function villageRadiusPx(households: number, size: typeof VILLAGE_SIZE = VILLAGE_SIZE): number {
  const h = Number.isFinite(households) && households > 0 ? households : 0;
  const r = size.maxPx * Math.sqrt(h / size.referenceHouseholds);
  return Math.min(size.maxPx, Math.max(size.minPx, r));
}

/** Share (0–1) of a village's households taking part in OVOP+1; 0 for a village with no households recorded. */
export function participationShare(p: Pick<VillageProps, 'households' | 'participatingHouseholds'>): number {
  if (!(p.households > 0) || !(p.participatingHouseholds > 0)) return 0;
  return Math.min(1, p.participatingHouseholds / p.households);
}

/** The participation class of a share (for the legend and tests); null = no household takes part. */
export function participationClass(share: number): (typeof PARTICIPATION_CLASSES)[number] | null {
  if (!(share > 0)) return null;
  let found = PARTICIPATION_CLASSES[0]!;
  for (const c of PARTICIPATION_CLASSES) if (share >= c.from) found = c;
  return found;
}

/** Grey for villages with no participation; else the sequential class of the participating share. */
export function villageFillColor(p: VillageProps): Rgba {
  return participationClass(participationShare(p))?.color ?? PARTICIPATION_NONE;
}

export function villagePosition(f: VillageFeature): [number, number] {
  const [lon = 0, lat = 0] = f.geometry.coordinates;
  return [lon, lat];
}

// MapLibre forms of the rules above.
const households: ExpressionSpecification = ['to-number', ['get', 'households'], 0];
const participating: ExpressionSpecification = ['to-number', ['get', 'participatingHouseholds'], 0];
const share: ExpressionSpecification = [
  'case',
  ['all', ['>', households, 0], ['>', participating, 0]],
  ['min', 1, ['/', participating, households]],
  0,
];

export const villageCircleRadius = (size: typeof VILLAGE_SIZE = VILLAGE_SIZE): ExpressionSpecification => [
  'min',
  size.maxPx,
  ['max', size.minPx, ['*', size.maxPx, ['sqrt', ['/', ['max', households, 0], size.referenceHouseholds]]]],
];

export const villageCircleColor = (): ExpressionSpecification => {
  const [first, ...rest] = PARTICIPATION_CLASSES;
  const steps = [
    'step',
    share,
    rgbaCss(first!.color),
    ...rest.flatMap((c) => [c.from, rgbaCss(c.color)]),
  ] as unknown as ExpressionSpecification;
  return ['case', ['>', share, 0], steps, rgbaCss(PARTICIPATION_NONE)];
};

// The selected village: its `selected` feature state (as for sites: no worker round trip when the selection changes).
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const villageStrokeColor = (): ExpressionSpecification => [
  'case',
  isSelected,
  rgbaCss(SELECTED_OUTLINE),
  rgbaCss(VILLAGE_OUTLINE),
];
export const villageStrokeWidth = (): ExpressionSpecification => ['case', isSelected, 3, 1];

/** Every village, those the filters leave out hidden by feature state (ids: their codes). */
export function villagesSource(): GeoJSONSourceSpecification {
  // buffer 0: a point lives in exactly one tile, so it is drawn and queried once.
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, buffer: 0, promoteId: 'code' };
}

/** The villages' data for the source, largest first so small villages are drawn on top and stay clickable. */
export function villagesData(features: readonly VillageFeature[]): FeatureCollection {
  const sorted = features
    .filter((f) => f.geometry?.type === 'Point')
    .sort((a, b) => b.properties.households - a.properties.households);
  return { type: 'FeatureCollection', features: sorted };
}

export function createVillagesLayer({ visible = true }: { visible?: boolean } = {}): CircleLayerSpecification {
  return {
    id: VILLAGES_LAYER_ID,
    type: 'circle',
    source: VILLAGES_SOURCE_ID,
    layout: {
      visibility: visibility(visible),
      // Larger villages first (beneath), within a tile as across the data order.
      'circle-sort-key': ['-', 0, households],
    },
    paint: {
      'circle-color': villageCircleColor(),
      'circle-radius': villageCircleRadius(),
      'circle-stroke-color': villageStrokeColor(),
      'circle-stroke-width': villageStrokeWidth(),
      'circle-opacity': unlessHidden(1),
      'circle-stroke-opacity': unlessHidden(1),
      'circle-pitch-alignment': 'viewport',
    },
  };
}
