// Flows of OVOP+1 sales: an arc from each producer village to the town where it sells, per channel, as wide as
// the sales. Shops are in Bishkek and Karakol; fairs in the village's oblast centre and exhibitions in Bishkek
// (an assumption, see FAIR_TOWN_BY_OBLAST); online and export sales have no place and are left out. The deck.gl
// ArcLayer that draws them is in deck-layers.ts, loaded only when the layer is switched on.
import type { SalesByVillageRow, SalesChannel } from '../lib/api';
import { FAIR_TOWN_BY_OBLAST, FLOW_WIDTH, PLACELESS_CHANNELS, SALES_TOWNS } from '../lib/config';

export const SALES_FLOWS_LAYER_ID = 'sales-flows';

export interface Flow {
  village: string;
  villageName: SalesByVillageRow['name'];
  channel: SalesChannel;
  from: [number, number];
  to: [number, number];
  salesKgs: number;
}

/** Where a channel's sales from a village of this oblast go; null for a channel with no place (online, export). */
export function salesDestination(channel: SalesChannel, oblastCode: string): [number, number] | null {
  if (PLACELESS_CHANNELS.includes(channel)) return null;
  const town =
    channel === 'karakol_shop' ? 'karakol' : channel === 'fair' ? (FAIR_TOWN_BY_OBLAST[oblastCode] ?? 'bishkek') : 'bishkek';
  const [lon, lat] = SALES_TOWNS[town];
  return [lon, lat];
}

export function salesFlows(rows: readonly SalesByVillageRow[]): Flow[] {
  return rows.flatMap((r) => {
    const to = salesDestination(r.channel, r.oblastCode);
    if (!to || !(r.salesKgs > 0)) return [];
    return [{ village: r.village, villageName: r.name, channel: r.channel, from: [r.lon, r.lat] as [number, number], to, salesKgs: r.salesKgs }];
  });
}

/** Width in pixels: √(sales / reference) × max, clamped. */
export function flowWidthPx(salesKgs: number, w: typeof FLOW_WIDTH = FLOW_WIDTH): number {
  const r = w.maxPx * Math.sqrt(Math.max(0, salesKgs) / w.referenceKgs);
  return Math.min(w.maxPx, Math.max(w.minPx, r));
}
