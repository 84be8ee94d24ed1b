// The MapLibre source and layers that show the drawing (and the finished area), above everything MapLibre draws.
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';

export const DRAW_SOURCE_ID = 'draw-preview';
export const DRAW_LAYER_IDS = ['draw-fill', 'draw-edge', 'draw-closing', 'draw-vertex'] as const;
const COLOR = '#d6006f';

export const drawSource = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

export function drawLayers(): LayerSpecification[] {
  return [
    {
      id: 'draw-fill',
      type: 'fill',
      source: DRAW_SOURCE_ID,
      filter: ['==', ['get', 'kind'], 'area'],
      paint: { 'fill-color': COLOR, 'fill-opacity': 0.12 },
    },
    {
      id: 'draw-edge',
      type: 'line',
      source: DRAW_SOURCE_ID,
      filter: ['any', ['==', ['get', 'kind'], 'edge'], ['==', ['get', 'kind'], 'area']],
      paint: { 'line-color': COLOR, 'line-width': 2 },
    },
    {
      id: 'draw-closing',
      type: 'line',
      source: DRAW_SOURCE_ID,
      filter: ['==', ['get', 'kind'], 'closing'],
      paint: { 'line-color': COLOR, 'line-width': 2, 'line-dasharray': [2, 2] },
    },
    {
      id: 'draw-vertex',
      type: 'circle',
      source: DRAW_SOURCE_ID,
      filter: ['in', ['get', 'kind'], ['literal', ['vertex', 'first-vertex']]],
      paint: {
        'circle-radius': ['case', ['==', ['get', 'kind'], 'first-vertex'], 6, 4],
        'circle-color': '#ffffff',
        'circle-stroke-color': COLOR,
        'circle-stroke-width': 2,
      },
    },
  ];
}
