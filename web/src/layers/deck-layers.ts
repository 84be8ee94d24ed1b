// The layers deck.gl draws, and its MapLibre overlay: sales flows (ArcLayer) and the sales heat map
// (HeatmapLayer). This module is loaded with a dynamic import only when one of them is switched on, so the first
// view carries no deck.gl (sites, villages and exposure rings are MapLibre layers).
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { ArcLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type * as maplibregl from 'maplibre-gl';
import { CHANNEL_COLORS, SALES_HEATMAP } from '../lib/config';
import { SALES_FLOWS_LAYER_ID, flowWidthPx, type Flow } from './sales-flows';
import { SALES_HEATMAP_LAYER_ID, type VillageSales } from './sales-heatmap';

/**
 * A deck.gl overlay on the map, non-interleaved (interleaved crashes on MapLibre 6.17, see RECIPES). Its canvas
 * lies over MapLibre's and takes no pointer events or focus (MapLibre's canvas beneath handles them).
 */
export function createDeckOverlay(map: maplibregl.Map): MapboxOverlay {
  const overlay = new MapboxOverlay({ interleaved: false, layers: [] });
  map.addControl(overlay);
  for (const canvas of map.getContainer().querySelectorAll<HTMLCanvasElement>('canvas:not(.maplibregl-canvas)')) {
    canvas.tabIndex = -1;
    canvas.setAttribute('aria-hidden', 'true');
  }
  return overlay;
}

export function createSalesFlowsLayer({ data, visible = true }: { data: readonly Flow[]; visible?: boolean }) {
  return new ArcLayer<Flow>({
    id: SALES_FLOWS_LAYER_ID,
    data: [...data],
    visible,
    pickable: true,
    getSourcePosition: (f) => f.from,
    getTargetPosition: (f) => f.to,
    getSourceColor: (f) => CHANNEL_COLORS[f.channel],
    getTargetColor: (f) => CHANNEL_COLORS[f.channel],
    getWidth: (f) => flowWidthPx(f.salesKgs),
    widthUnits: 'pixels',
    getHeight: 0.4,
    autoHighlight: true,
    highlightColor: [255, 200, 0, 220],
  });
}

export function createSalesHeatmapLayer({ data, visible = true }: { data: readonly VillageSales[]; visible?: boolean }) {
  return new HeatmapLayer<VillageSales>({
    id: SALES_HEATMAP_LAYER_ID,
    data: [...data],
    visible,
    pickable: false,
    getPosition: (v) => v.position,
    getWeight: (v) => v.salesKgs,
    radiusPixels: SALES_HEATMAP.radiusPixels,
    colorRange: SALES_HEATMAP.colorRange,
    aggregation: 'SUM',
  });
}
