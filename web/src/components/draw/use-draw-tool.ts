// Wires the pure drawing state (draw-state.ts) to a MapLibre map: clicks add vertices, the pointer drags the
// rubber band, a double-click / Enter / a click on the first vertex finishes, Esc cancels, Backspace undoes.
// While drawing, double-click zoom is off and the cursor is a crosshair.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { Polygon } from 'geojson';
import { drawPreview, drawReducer, drawnPolygon, finishesOnClick, idleDraw, type DrawMode, type LngLat } from './draw-state';
import { DRAW_LAYER_IDS, DRAW_SOURCE_ID, drawLayers, drawSource } from './draw-layers';

/** How close (pixels) a click must be to the first vertex to close the polygon. */
const CLOSE_PX = 10;

export function useDrawTool(map: maplibregl.Map | null, area: Polygon | null, onFinish: (polygon: Polygon) => void) {
  const [state, dispatch] = useReducer(drawReducer, idleDraw);
  const stateRef = useRef(state);
  stateRef.current = state;
  const onFinishRef = useRef(onFinish);
  onFinishRef.current = onFinish;

  const finish = useCallback((edge?: LngLat) => {
    const polygon = drawnPolygon(stateRef.current, edge ?? stateRef.current.cursor);
    if (!polygon) return;
    dispatch({ type: 'cancel' });
    onFinishRef.current(polygon);
  }, []);

  // Source and layers, added once, kept on top of the other MapLibre layers.
  useEffect(() => {
    if (!map) return;
    if (!map.getSource(DRAW_SOURCE_ID)) map.addSource(DRAW_SOURCE_ID, drawSource());
    for (const layer of drawLayers()) if (!map.getLayer(layer.id)) map.addLayer(layer);
    return () => {
      if (!map.getStyle()) return;
      for (const id of DRAW_LAYER_IDS) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(DRAW_SOURCE_ID)) map.removeSource(DRAW_SOURCE_ID);
    };
  }, [map]);

  // What shows: the drawing in progress, else the finished area.
  useEffect(() => {
    const source = map?.getSource<maplibregl.GeoJSONSource>(DRAW_SOURCE_ID);
    if (!source) return;
    if (state.mode !== null) source.setData(drawPreview(state));
    else if (area) source.setData({ type: 'Feature', geometry: area, properties: { kind: 'area' } });
    else source.setData({ type: 'FeatureCollection', features: [] });
  }, [map, state, area]);

  const drawing = state.mode !== null;
  useEffect(() => {
    if (!map || !drawing) return;
    const canvas = map.getCanvas();
    canvas.style.cursor = 'crosshair';
    map.doubleClickZoom.disable();
    const at = (e: maplibregl.MapMouseEvent): LngLat => [e.lngLat.lng, e.lngLat.lat];
    const onFirstVertex = (e: maplibregl.MapMouseEvent) => {
      const first = stateRef.current.vertices[0];
      if (!first) return false;
      const p = map.project(first);
      return Math.hypot(p.x - e.point.x, p.y - e.point.y) <= CLOSE_PX;
    };
    const onClick = (e: maplibregl.MapMouseEvent) => {
      if (finishesOnClick(stateRef.current, onFirstVertex(e))) finish(at(e));
      else dispatch({ type: 'click', at: at(e) });
    };
    const onMove = (e: maplibregl.MapMouseEvent) => dispatch({ type: 'move', at: at(e) });
    const onDblClick = (e: maplibregl.MapMouseEvent) => {
      e.preventDefault();
      finish();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // The app's Esc clears the selection; while drawing, Esc only cancels the drawing.
        e.stopImmediatePropagation();
        dispatch({ type: 'cancel' });
      } else if (e.key === 'Enter') {
        e.preventDefault();
        finish();
      } else if (e.key === 'Backspace') {
        e.preventDefault();
        dispatch({ type: 'undo' });
      }
    };
    map.on('click', onClick);
    map.on('mousemove', onMove);
    map.on('dblclick', onDblClick);
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      canvas.style.cursor = '';
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('dblclick', onDblClick);
      window.removeEventListener('keydown', onKey, { capture: true });
      // Re-enable after the double-click that finished has been handled.
      window.setTimeout(() => map.doubleClickZoom.enable(), 0);
    };
  }, [map, drawing, finish]);

  return {
    state,
    drawing,
    start: useCallback((mode: DrawMode) => dispatch({ type: 'start', mode }), []),
    cancel: useCallback(() => dispatch({ type: 'cancel' }), []),
    finish: useCallback(() => finish(), [finish]),
  };
}
