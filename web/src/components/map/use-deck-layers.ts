// The deck.gl overlay's layers, bottom to top: sales heat map, exposure rings, villages, sales flows, sites. Each
// comes from its factory in web/src/layers/; this hook only feeds them and wires clicks to the selection.
import { useEffect, useMemo, useRef } from 'react';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import type * as maplibregl from 'maplibre-gl';
import type { Lang } from '../../lib/config';
import type { SalesByVillage, SiteCollection, VillageCollection } from '../../lib/api';
import { createExposureRingsLayer, exposureRings } from '../../layers/exposure-rings';
import { createSalesFlowsLayer, salesFlows } from '../../layers/sales-flows';
import { createSalesHeatmapLayer, villageSales } from '../../layers/sales-heatmap';
import { SITES_LAYER_ID, createSitesLayer } from '../../layers/sites';
import { tooltipFor, type Translate } from '../../layers/tooltips';
import { VILLAGES_LAYER_ID, createVillagesLayer } from '../../layers/villages';
import type { LayerKey, Selection } from '../../state/view-state';

/** Layers whose objects open a panel when clicked (the pointer shows it). */
const CLICKABLE = new Set([SITES_LAYER_ID, VILLAGES_LAYER_ID]);

export interface DeckLayersInput {
  sites: SiteCollection | undefined;
  villages: VillageCollection | undefined;
  sales: SalesByVillage | undefined;
  layers: Record<LayerKey, boolean>;
  selection: Selection | null;
  radiusKm: number;
  onSelect: (selection: Selection) => void;
  /** True while an area is being drawn: clicks then belong to the drawing. */
  drawingRef: { current: boolean };
  lang: Lang;
  t: Translate;
}

export function useDeckLayers(overlay: MapboxOverlay | null, map: maplibregl.Map | null, input: DeckLayersInput) {
  const { sites, villages, sales, layers, selection, radiusKm, onSelect, drawingRef, lang, t } = input;
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const selectedSite = selection?.kind === 'site' ? selection.id : null;
  const selectedVillage = selection?.kind === 'village' ? selection.id : null;

  const rings = useMemo(
    () => (layers.exposureRings ? exposureRings(sites?.features ?? [], radiusKm, selectedSite) : []),
    [layers.exposureRings, sites, radiusKm, selectedSite],
  );
  const flows = useMemo(() => salesFlows(sales?.rows ?? []), [sales]);
  const heat = useMemo(() => villageSales(sales?.rows ?? []), [sales]);

  useEffect(() => {
    if (!overlay || !map) return;
    const select = (s: Selection) => {
      if (!drawingRef.current) onSelectRef.current(s);
    };
    overlay.setProps({
      layers: [
        createSalesHeatmapLayer({ data: heat, visible: layers.salesHeatmap && heat.length > 0 }),
        createExposureRingsLayer({ data: rings, visible: layers.exposureRings }),
        createVillagesLayer({
          data: villages?.features ?? [],
          visible: layers.villages,
          selectedCode: selectedVillage,
          onClick: (v) => select({ kind: 'village', id: v.properties.code }),
        }),
        createSalesFlowsLayer({ data: flows, visible: layers.salesFlows }),
        createSitesLayer({
          data: sites?.features ?? [],
          visible: layers.sites,
          selectedCode: selectedSite,
          onClick: (site) => select({ kind: 'site', id: site.properties.code }),
        }),
      ],
      getTooltip: (info: PickingInfo) => (drawingRef.current ? null : tooltipFor(info, lang, t)),
      onHover: (info: PickingInfo) => {
        if (drawingRef.current) return;
        const clickable = info.object && info.layer && CLICKABLE.has(info.layer.id);
        map.getCanvas().style.cursor = clickable ? 'pointer' : '';
      },
    });
  }, [overlay, map, sites, villages, heat, flows, rings, layers, selectedSite, selectedVillage, drawingRef, lang, t]);
}
