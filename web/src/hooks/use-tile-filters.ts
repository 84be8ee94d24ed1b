// Applies tile filters (lib/tile-filters.ts) to every style layer drawn from those source layers, on top of the
// layer's own filter (a status outline, say), which is remembered the first time and kept.
import { useEffect, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { FilterSpecification } from 'maplibre-gl';
import type { TileFilters } from '../lib/tile-filters';

export function useTileFilters(map: maplibregl.Map | null, ready: boolean, filters: TileFilters): void {
  const own = useRef(new Map<string, FilterSpecification | null>());
  useEffect(() => {
    if (!map || !ready) return;
    for (const layer of map.getStyle().layers ?? []) {
      const sourceLayer = 'source-layer' in layer ? layer['source-layer'] : undefined;
      if (!sourceLayer || !(sourceLayer in filters)) continue;
      if (!own.current.has(layer.id)) own.current.set(layer.id, (map.getFilter(layer.id) as FilterSpecification | undefined) ?? null);
      const base = own.current.get(layer.id) ?? null;
      const extra = filters[sourceLayer] ?? null;
      const next = base && extra ? (['all', base, extra] as FilterSpecification) : (extra ?? base);
      map.setFilter(layer.id, next);
    }
  }, [map, ready, filters]);
}
