// Admin boundaries (layers/admin-boundaries.ts) on the map: added once the style is ready, shown or hidden by the
// layer list, labelled in the interface language; and a click on a region (where no site, village or flow is)
// selects it.
import { useEffect, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { labelExpression } from '../../basemap/style';
import type { Lang } from '../../lib/config';
import {
  ADMIN_LABEL_IDS,
  ADMIN_REGION_FILL_ID,
  ADMIN_TOGGLED_IDS,
  createAdminBoundaryLayers,
} from '../../layers/admin-boundaries';
import { SALES_FLOWS_LAYER_ID } from '../../layers/sales-flows';
import type { Selection } from '../../state/view-state';
import { pickClickable } from './use-programme-layers';

/** The base-map layer the admin layers go beneath (its oblast labels stay on top). */
const ADMIN_BEFORE_ID = 'oblast-label';
/** deck.gl layers whose objects take a click before the region under them (sites and villages: MapLibre's). */
const CLICKABLE_DECK_LAYERS = [SALES_FLOWS_LAYER_ID];

export function useAdminLayers(
  map: maplibregl.Map | null,
  overlay: MapboxOverlay | null,
  { visible, lang, onSelect, drawingRef }: { visible: boolean; lang: Lang; onSelect: (s: Selection) => void; drawingRef: { current: boolean } },
) {
  const initial = useRef({ visible, lang });
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!map) return;
    const before = map.getLayer(ADMIN_BEFORE_ID) ? ADMIN_BEFORE_ID : undefined;
    for (const layer of createAdminBoundaryLayers(initial.current.visible, initial.current.lang)) {
      if (!map.getLayer(layer.id)) map.addLayer(layer, before);
    }
  }, [map]);

  useEffect(() => {
    if (!map) return;
    for (const id of ADMIN_TOGGLED_IDS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }, [map, visible]);

  useEffect(() => {
    if (!map) return;
    for (const id of ADMIN_LABEL_IDS) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelExpression(lang));
  }, [map, lang]);

  useEffect(() => {
    if (!map) return;
    const onClick = (e: maplibregl.MapMouseEvent) => {
      if (drawingRef.current || !map.getLayer(ADMIN_REGION_FILL_ID)) return;
      if (pickClickable(map, e.point)) return;
      const picked = overlay?.pickObject({ x: e.point.x, y: e.point.y, radius: 4, layerIds: CLICKABLE_DECK_LAYERS });
      if (picked?.object) return;
      const [region] = map.queryRenderedFeatures(e.point, { layers: [ADMIN_REGION_FILL_ID] });
      const code = region?.properties?.code;
      if (typeof code === 'string') onSelectRef.current({ kind: 'region', id: code });
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map, overlay, drawingRef]);
}
