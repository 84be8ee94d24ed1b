// A heat map of OVOP+1 sales: each producer village weighted by its sales (all channels).
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { SalesByVillageRow } from '../lib/api';
import { SALES_HEATMAP } from '../lib/config';

export const SALES_HEATMAP_LAYER_ID = 'sales-heatmap';

export interface VillageSales {
  village: string;
  position: [number, number];
  salesKgs: number;
}

/** One point per village, its channels summed. */
export function villageSales(rows: readonly SalesByVillageRow[]): VillageSales[] {
  const byVillage = new Map<string, VillageSales>();
  for (const r of rows) {
    const v = byVillage.get(r.village);
    if (v) v.salesKgs += r.salesKgs;
    else byVillage.set(r.village, { village: r.village, position: [r.lon, r.lat], salesKgs: r.salesKgs });
  }
  return [...byVillage.values()].filter((v) => v.salesKgs > 0);
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
