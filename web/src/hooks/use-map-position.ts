// The map's position as view state: a move the person makes is reported (once the map stops), and a position set
// from outside (the address on load, back/forward, a search result) moves the map.
import { useEffect, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { samePosition, type MapPosition } from '../state/filters';

export { samePosition };

export function positionOf(map: maplibregl.Map): MapPosition {
  const c = map.getCenter();
  return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
}

export function useMapPosition(
  map: maplibregl.Map | null,
  position: MapPosition | null | undefined,
  onChange: ((position: MapPosition) => void) | undefined,
): void {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The last position this map reported. Its echo (the view state coming back with it) must not move the map: by the
  // time React runs the effect below, the map may have moved on (a search result, a fit, a test's jump), and jumping
  // back to the echo would undo that move (seen: a village hover test found the map back on the site before).
  const reported = useRef<MapPosition | null>(null);

  useEffect(() => {
    if (!map) return;
    // Only moves a person makes (drag, wheel, keys, buttons) carry an originalEvent... except NavigationControl's
    // and keyboard's eases; so every moveend is reported and the comparison below stops echoes.
    const onMoveEnd = () => {
      const next = positionOf(map);
      reported.current = next;
      onChangeRef.current?.(next);
    };
    map.on('moveend', onMoveEnd);
    return () => {
      map.off('moveend', onMoveEnd);
    };
  }, [map]);

  useEffect(() => {
    if (!map || !position) return;
    if (reported.current && samePosition(reported.current, position)) return;
    if (samePosition(positionOf(map), position)) return;
    map.jumpTo({ center: [position.lon, position.lat], zoom: position.zoom });
  }, [map, position]);
}
