// Adds or removes the web base map and the hill-shading as the layer list says, and falls back by itself: after
// WEB_TILE_FAILURES_TO_FALL_BACK failed tiles of a web source (no network, provider down) the source is taken off
// and `onUnavailable` tells the app, which goes back to the offline base and shows a quiet note (no error banner).
import { useEffect, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { WEB_TILE_FAILURES_TO_FALL_BACK } from '../../lib/config';
import {
  HILLSHADE_LAYER_ID,
  TERRAIN_SOURCE_ID,
  WEB_BASEMAP_LAYER_ID,
  WEB_BASEMAP_SOURCE_ID,
  WEB_LAYERS_BEFORE_ID,
  hillshadeLayer,
  terrainSource,
  webBasemapLayer,
  webBasemapSource,
  webSourceKind,
} from './web-sources';

export type WebPiece = 'web' | 'hillshade';

function remove(map: maplibregl.Map, layerId: string, sourceId: string) {
  if (map.getLayer(layerId)) map.removeLayer(layerId);
  if (map.getSource(sourceId)) map.removeSource(sourceId);
}

export function useWebBasemap(
  map: maplibregl.Map | null,
  { web, hillshade }: { web: boolean; hillshade: boolean },
  onUnavailable: (piece: WebPiece) => void,
) {
  const onUnavailableRef = useRef(onUnavailable);
  onUnavailableRef.current = onUnavailable;

  useEffect(() => {
    if (!map) return;
    const before = map.getLayer(WEB_LAYERS_BEFORE_ID) ? WEB_LAYERS_BEFORE_ID : undefined;
    if (web && !map.getSource(WEB_BASEMAP_SOURCE_ID)) {
      map.addSource(WEB_BASEMAP_SOURCE_ID, webBasemapSource());
      map.addLayer(webBasemapLayer(), before);
    } else if (!web) remove(map, WEB_BASEMAP_LAYER_ID, WEB_BASEMAP_SOURCE_ID);
    if (hillshade && !map.getSource(TERRAIN_SOURCE_ID)) {
      map.addSource(TERRAIN_SOURCE_ID, terrainSource());
      map.addLayer(hillshadeLayer(), before);
    } else if (!hillshade) remove(map, HILLSHADE_LAYER_ID, TERRAIN_SOURCE_ID);
  }, [map, web, hillshade]);

  // Count failed tiles per piece while it is on; give up on it after a few.
  useEffect(() => {
    if (!map || (!web && !hillshade)) return;
    const failures: Record<WebPiece, number> = { web: 0, hillshade: 0 };
    const onError = (event: maplibregl.ErrorEvent & { sourceId?: string }) => {
      const piece = webSourceKind(event.sourceId);
      if (!piece || failures[piece] < 0) return;
      failures[piece] += 1;
      if (failures[piece] < WEB_TILE_FAILURES_TO_FALL_BACK) return;
      failures[piece] = -1; // reported once
      if (piece === 'web') remove(map, WEB_BASEMAP_LAYER_ID, WEB_BASEMAP_SOURCE_ID);
      else remove(map, HILLSHADE_LAYER_ID, TERRAIN_SOURCE_ID);
      console.warn(`The ${piece === 'web' ? 'web base map' : 'hill-shading'} is unavailable (${event.error?.message ?? 'tile errors'}); showing the offline map.`);
      onUnavailableRef.current(piece);
    };
    map.on('error', onError);
    return () => {
      map.off('error', onError);
    };
  }, [map, web, hillshade]);
}
