// Creating the atlas map: its first style (offline base map, the server's vector-tile layers under its labels, the
// programme layers on top) and its options and controls. Kept apart from MapView so the component only wires the
// map to React state.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mapFontFaces } from '../../basemap/fonts';
import { buildBasemapStyle } from '../../basemap/style';
import { tileJsonUrl } from '../../lib/api';
import { COUNTRY_BOUNDS, INITIAL_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, type Lang } from '../../lib/config';
import { TILE_LAYERS_BEFORE_ID, VECTOR_TILE_LAYERS } from '../../layers/vector-tile-layers';
import type { LayerKey } from '../../state/view-state';
import { programmeStyle } from './use-programme-layers';

maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's worker (and its script download) as soon as this chunk runs, not when the map is created.
maplibregl.prewarm();

/**
 * The map's first style: the offline base map, the server's vector-tile layers under its labels, and the programme
 * layers (rings, villages, sites) on top. All in the style the map is created with, so their TileJSON and data are
 * requested with the base map's rather than after its `load`.
 */
export function initialStyle(lang: Lang, layers: Record<LayerKey, boolean>): maplibregl.StyleSpecification {
  const style = buildBasemapStyle({ lang, fontFaces: mapFontFaces() });
  const tileLayers: maplibregl.LayerSpecification[] = [];
  for (const def of VECTOR_TILE_LAYERS) {
    style.sources[def.sourceId] = def.source(tileJsonUrl(def.tileLayer));
    tileLayers.push(...def.layers(layers[def.key]));
  }
  const before = style.layers.findIndex((l) => l.id === TILE_LAYERS_BEFORE_ID);
  const at = before < 0 ? style.layers.length : before;
  const programme = programmeStyle(layers);
  Object.assign(style.sources, programme.sources);
  style.layers = [...style.layers.slice(0, at), ...tileLayers, ...style.layers.slice(at), ...programme.layers];
  return style;
}

/** MapLibre options a page may set over the atlas's own when the map is created: where it opens, how labels fade in. */
export type MapOverrides = Pick<maplibregl.MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom' | 'fadeDuration'>;

/**
 * The atlas map in `container`, fitted to the country (unless `overrides` place it elsewhere), with its navigation
 * and scale controls. Throws without WebGL.
 */
export function createAtlasMap(
  container: HTMLElement,
  options: { lang: Lang; layers: Record<LayerKey, boolean>; overrides?: MapOverrides },
): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: initialStyle(options.lang, options.layers),
    center: [INITIAL_VIEW.longitude, INITIAL_VIEW.latitude],
    zoom: INITIAL_VIEW.zoom,
    bounds: COUNTRY_BOUNDS,
    fitBoundsOptions: { padding: 24 },
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    dragRotate: false,
    pitchWithRotate: false,
    attributionControl: { compact: true },
    ...options.overrides,
    // TileJSON may list tile URLs relative to the page; MapLibre fetches tiles from a worker, where they would not
    // resolve.
    transformRequest: (url) => ({ url: new URL(url, window.location.href).href }),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}
