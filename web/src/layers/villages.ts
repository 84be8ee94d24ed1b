// Villages: a dot per village whose area grows with its households (square-root scale, in pixels), coloured by
// participation: the share of its households taking part in OVOP+1.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { VillageFeature, VillageProps } from '../lib/api';
import {
  PARTICIPATION_CLASSES,
  PARTICIPATION_NONE,
  SELECTED_OUTLINE,
  VILLAGE_OUTLINE,
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

export interface VillagesLayerOptions {
  data: readonly VillageFeature[];
  visible?: boolean;
  selectedCode?: string | null;
  onClick?: (village: VillageFeature) => void;
}

export function createVillagesLayer({ data, visible = true, selectedCode = null, onClick }: VillagesLayerOptions) {
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
    getLineColor: (f) => (f.properties.code === selectedCode ? SELECTED_OUTLINE : VILLAGE_OUTLINE),
    getLineWidth: (f) => (f.properties.code === selectedCode ? 3 : 1),
    updateTriggers: { getLineColor: [selectedCode], getLineWidth: [selectedCode] },
    autoHighlight: true,
    highlightColor: [255, 200, 0, 200],
    onClick: (info) => {
      if (info.object && onClick) onClick(info.object);
      return Boolean(info.object);
    },
  });
}
