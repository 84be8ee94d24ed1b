// Applies the filters' feature states (lib/map-visibility.ts) to the map: only the ids whose state changed, so a
// filter switch costs a few hundred `setFeatureState` calls at most and is drawn in the next frame (MapLibre applies
// feature state on the main thread; setData and setFilter go through its worker and took 3 frames).
import { useLayoutEffect, useMemo, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import {
  changedStates,
  featureStates,
  type FeatureState,
  type VisibilityInput,
  type VisibilityTargets,
} from '../../lib/map-visibility';
import { EXPOSURE_RINGS_SOURCE_ID } from '../../layers/exposure-rings';
import { HAZARD_ZONES_SOURCE_ID, HAZARD_ZONES_TILE_LAYER } from '../../layers/hazard-zones';
import { PRODUCER_GROUPS_SOURCE_ID, PRODUCER_GROUPS_TILE_LAYER } from '../../layers/producer-groups';
import { RESTORATION_SOURCE_ID, RESTORATION_TILE_LAYER } from '../../layers/restoration';
import { SITES_SOURCE_ID } from '../../layers/sites';
import { hiddenByState } from '../../layers/tile-layer';
import { VILLAGES_SOURCE_ID } from '../../layers/villages';

/** Where the states go: each source that promotes a site code, or a village code, to its features' id. */
export const VISIBILITY_TARGETS: VisibilityTargets = {
  sites: [SITES_SOURCE_ID, EXPOSURE_RINGS_SOURCE_ID],
  villages: [VILLAGES_SOURCE_ID],
  tilesBySite: [
    [HAZARD_ZONES_SOURCE_ID, HAZARD_ZONES_TILE_LAYER],
    [RESTORATION_SOURCE_ID, RESTORATION_TILE_LAYER],
  ],
  tilesByVillage: [[PRODUCER_GROUPS_SOURCE_ID, PRODUCER_GROUPS_TILE_LAYER]],
};

const keyOf = (t: { source: string; sourceLayer?: string }) => `${t.source}\u0000${t.sourceLayer ?? ''}`;

export function useFeatureStates(map: maplibregl.Map | null, visibility: VisibilityInput | null): void {
  const targets = useMemo(() => (visibility ? featureStates(visibility, VISIBILITY_TARGETS) : []), [visibility]);
  // What was applied to this map, per target: the next switch only sends what differs.
  const applied = useRef<{ map: maplibregl.Map | null; states: Map<string, ReadonlyMap<string, FeatureState>> }>({ map: null, states: new Map() });
  // A layout effect: the states must be in before the browser's next frame, in the commit that brings the new data.
  useLayoutEffect(() => {
    if (!map) return;
    if (applied.current.map !== map) applied.current = { map, states: new Map() };
    for (const target of targets) {
      if (!map.getSource(target.source)) continue;
      const key = keyOf(target);
      for (const [id, state] of changedStates(applied.current.states.get(key), target.states)) {
        map.setFeatureState({ source: target.source, sourceLayer: target.sourceLayer, id }, { ...state });
      }
      applied.current.states.set(key, target.states);
    }
  }, [map, targets]);
}

/**
 * The features of `layers` drawn in the map's view, without those the filters hide: what a person sees (MapLibre's
 * queryRenderedFeatures also returns features drawn with opacity 0). Used for picking, and by tests through
 * `window.__atlas.drawn`.
 */
export function drawnFeatures(
  map: maplibregl.Map,
  layers: string[],
  geometry?: maplibregl.PointLike | [maplibregl.PointLike, maplibregl.PointLike],
): maplibregl.MapGeoJSONFeature[] {
  const present = layers.filter((id) => map.getLayer(id));
  if (present.length === 0) return [];
  const found = geometry ? map.queryRenderedFeatures(geometry, { layers: present }) : map.queryRenderedFeatures({ layers: present });
  return found.filter((f) => !hiddenByState(f.state, f.properties));
}
