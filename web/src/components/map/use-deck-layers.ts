// The deck.gl overlay, for the layers MapLibre cannot draw: the sales heat map and the sales flows (bottom to top).
// deck.gl and its MapLibre overlay (layers/deck-layers.ts) are loaded with a dynamic import the first time one of
// them is switched on, and the overlay is created then; the first view carries no deck.gl.
import { useEffect, useMemo, useState } from 'react';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type * as maplibregl from 'maplibre-gl';
import type { SalesByVillage } from '../../lib/api';
import { salesFlows } from '../../layers/sales-flows';
import { villageSales } from '../../layers/sales-heatmap';
import type { LayerKey } from '../../state/view-state';

type DeckModule = typeof import('../../layers/deck-layers');

export interface DeckLayersInput {
  sales: SalesByVillage | undefined;
  layers: Record<LayerKey, boolean>;
}

/** Returns the overlay once it exists (null before a deck.gl layer was first switched on). */
export function useDeckLayers(map: maplibregl.Map | null, { sales, layers }: DeckLayersInput): MapboxOverlay | null {
  const needed = layers.salesFlows || layers.salesHeatmap;
  const [deck, setDeck] = useState<{ map: maplibregl.Map; overlay: MapboxOverlay; mod: DeckModule } | null>(null);
  const current = deck && deck.map === map ? deck : null;

  useEffect(() => {
    if (!map || !needed || current) return;
    let cancelled = false;
    import('../../layers/deck-layers')
      .then((mod) => {
        if (cancelled) return;
        const overlay = mod.createDeckOverlay(map);
        if (window.__atlas?.map === map) window.__atlas.overlay = overlay;
        setDeck({ map, overlay, mod });
      })
      .catch((err: unknown) => console.error('deck.gl could not be loaded', err));
    return () => {
      cancelled = true;
    };
  }, [map, needed, current]);

  const flows = useMemo(() => salesFlows(sales?.rows ?? []), [sales]);
  const heat = useMemo(() => villageSales(sales?.rows ?? []), [sales]);

  useEffect(() => {
    if (!current) return;
    const { overlay, mod } = current;
    overlay.setProps({
      layers: [
        mod.createSalesHeatmapLayer({ data: heat, visible: layers.salesHeatmap && heat.length > 0 }),
        mod.createSalesFlowsLayer({ data: flows, visible: layers.salesFlows }),
      ],
    });
  }, [current, heat, flows, layers.salesHeatmap, layers.salesFlows]);

  return current?.overlay ?? null;
}
