// The speed baseline (scripts/bench-web.ts): a bare MapLibre page with the atlas's offline base map — the same style,
// fonts and base-map files, fitted to the country as the atlas opens — and no programme layers, React or deck.gl.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mapFontFaces } from '../src/basemap/fonts';
import { loadBasemap } from '../src/basemap/load';
import { BASEMAP_SOURCES, buildBasemapStyle } from '../src/basemap/style';
import { BASEMAP_LAYERS } from '../src/basemap/types';
import { COUNTRY_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../src/lib/config';

declare global {
  interface Window {
    __bare?: { map: maplibregl.Map; dataReady: boolean };
  }
}

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  style: buildBasemapStyle({ lang: 'en', fontFaces: mapFontFaces() }),
  bounds: COUNTRY_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
});
const state = { map, dataReady: false };
window.__bare = state;
const basemap = loadBasemap();
map.once('load', () => {
  void basemap.then((loaded) => {
    for (const name of BASEMAP_LAYERS) map.getSource<maplibregl.GeoJSONSource>(BASEMAP_SOURCES[name])?.setData(loaded.data[name]);
    state.dataReady = true;
  });
});
