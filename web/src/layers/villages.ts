// Villages: a dot per village whose area grows with its households (square-root scale, in pixels).
import { ScatterplotLayer } from '@deck.gl/layers';
import type { VillageFeature, VillageProps } from '../lib/api';
import {
  VILLAGE_FILL,
  VILLAGE_OUTLINE,
  VILLAGE_PARTICIPATING_FILL,
  VILLAGE_SIZE,
  type Rgba,
} from '../lib/config';

export const VILLAGES_LAYER_ID = 'villages';

/** Radius in pixels: √(households / reference) × max, clamped to [min, max]. */
export function villageRadiusPx(households: number, size: typeof VILLAGE_SIZE = VILLAGE_SIZE): number {
  const h = Number.isFinite(households) && households > 0 ? households : 0;
  const r = size.maxPx * Math.sqrt(h / size.referenceHouseholds);
  return Math.min(size.maxPx, Math.max(size.minPx, r));
}

/** Villages with OVOP+1 participants are drawn a little more opaque. */
export function villageFillColor(p: VillageProps): Rgba {
  return p.participatingHouseholds > 0 ? VILLAGE_PARTICIPATING_FILL : VILLAGE_FILL;
}

export function villagePosition(f: VillageFeature): [number, number] {
  const [lon = 0, lat = 0] = f.geometry.coordinates;
  return [lon, lat];
}

export interface VillagesLayerOptions {
  data: readonly VillageFeature[];
  visible?: boolean;
}

export function createVillagesLayer({ data, visible = true }: VillagesLayerOptions) {
  // Largest first so small villages are drawn on top and stay pickable.
  const sorted = [...data].sort((a, b) => b.properties.households - a.properties.households);
  return new ScatterplotLayer<VillageFeature>({
    id: VILLAGES_LAYER_ID,
    data: sorted,
    visible,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: villagePosition,
    getRadius: (f) => villageRadiusPx(f.properties.households),
    getFillColor: (f) => villageFillColor(f.properties),
    getLineColor: VILLAGE_OUTLINE,
    getLineWidth: 1,
    autoHighlight: true,
    highlightColor: [255, 200, 0, 200],
  });
}
