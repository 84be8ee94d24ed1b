// A heat map of OVOP+1 sales: each producer village weighted by its sales (all channels). The deck.gl HeatmapLayer
// that draws it is in deck-layers.ts, loaded only when the layer is switched on.
import type { SalesByVillageRow } from '../lib/api';

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
