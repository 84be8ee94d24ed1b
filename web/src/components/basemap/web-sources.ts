// The online base-map pieces (config: WEB_BASEMAP, TERRAIN) as MapLibre sources and layers. They go above the
// offline base's land and water and beneath its borders and labels, so the offline map stays underneath: if the
// web tiles never come, the offline base is what shows.
import type { HillshadeLayerSpecification, RasterDEMSourceSpecification, RasterLayerSpecification, RasterSourceSpecification } from 'maplibre-gl';
import { TERRAIN, WEB_BASEMAP } from '../../lib/config';

export const WEB_BASEMAP_SOURCE_ID = 'web-basemap';
export const WEB_BASEMAP_LAYER_ID = 'web-basemap';
export const TERRAIN_SOURCE_ID = 'terrain-dem';
export const HILLSHADE_LAYER_ID = 'hillshade';
/** The offline layer the web layers go beneath. */
export const WEB_LAYERS_BEFORE_ID = 'oblast-borders';

export function webBasemapSource(): RasterSourceSpecification {
  return {
    type: 'raster',
    tiles: [WEB_BASEMAP.tiles],
    tileSize: WEB_BASEMAP.tileSize,
    maxzoom: WEB_BASEMAP.maxZoom,
    attribution: WEB_BASEMAP.attribution,
  };
}

export function webBasemapLayer(): RasterLayerSpecification {
  return { id: WEB_BASEMAP_LAYER_ID, type: 'raster', source: WEB_BASEMAP_SOURCE_ID, paint: { 'raster-opacity': 0.95 } };
}

export function terrainSource(): RasterDEMSourceSpecification {
  return {
    type: 'raster-dem',
    tiles: [TERRAIN.tiles],
    tileSize: TERRAIN.tileSize,
    maxzoom: TERRAIN.maxZoom,
    encoding: TERRAIN.encoding,
    attribution: TERRAIN.attribution,
  };
}

export function hillshadeLayer(): HillshadeLayerSpecification {
  return {
    id: HILLSHADE_LAYER_ID,
    type: 'hillshade',
    source: TERRAIN_SOURCE_ID,
    paint: { 'hillshade-exaggeration': 0.45, 'hillshade-shadow-color': '#3d4a55', 'hillshade-highlight-color': '#ffffff' },
  };
}

/** Which web source an error event concerns, if any. */
export function webSourceKind(sourceId: string | undefined): 'web' | 'hillshade' | null {
  if (sourceId === WEB_BASEMAP_SOURCE_ID) return 'web';
  if (sourceId === TERRAIN_SOURCE_ID) return 'hillshade';
  return null;
}
