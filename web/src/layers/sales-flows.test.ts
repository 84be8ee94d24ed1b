import { describe, expect, it } from 'vitest';
import type { SalesByVillageRow } from '../lib/api';
import { FLOW_WIDTH, SALES_TOWNS } from '../lib/config';
import { createSalesFlowsLayer, createSalesHeatmapLayer } from './deck-layers';
import { SALES_FLOWS_LAYER_ID, flowWidthPx, salesDestination, salesFlows } from './sales-flows';
import { SALES_HEATMAP_LAYER_ID, villageSales } from './sales-heatmap';

const row = (over: Partial<SalesByVillageRow>): SalesByVillageRow => ({
  village: 'V1',
  name: { ky: 'А', ru: 'А', en: 'A' },
  oblastCode: 'KG-J',
  lon: 72.7,
  lat: 41.0,
  channel: 'bishkek_shop',
  salesKgs: 1_000_000,
  sourceIds: ['s'],
  isSample: true,
  ...over,
});

describe('salesDestination', () => {
  it('sends shop sales to their town, fairs to the oblast centre and exhibitions to Bishkek', () => {
    expect(salesDestination('bishkek_shop', 'KG-J')).toEqual([...SALES_TOWNS.bishkek]);
    expect(salesDestination('karakol_shop', 'KG-J')).toEqual([...SALES_TOWNS.karakol]);
    expect(salesDestination('fair', 'KG-J')).toEqual([...SALES_TOWNS.jalalAbad]);
    expect(salesDestination('fair', 'KG-Y')).toEqual([...SALES_TOWNS.karakol]);
    expect(salesDestination('exhibition', 'KG-O')).toEqual([...SALES_TOWNS.bishkek]);
  });
  it('has no place for online and export sales', () => {
    expect(salesDestination('online', 'KG-J')).toBeNull();
    expect(salesDestination('export', 'KG-J')).toBeNull();
  });
});

describe('salesFlows', () => {
  it('makes one arc per village and placed channel, leaving out online, export and zero sales', () => {
    const flows = salesFlows([
      row({ channel: 'bishkek_shop' }),
      row({ channel: 'online' }),
      row({ channel: 'export' }),
      row({ channel: 'fair', salesKgs: 0 }),
      row({ village: 'V2', channel: 'fair', oblastCode: 'KG-N', lon: 75, lat: 41.5 }),
    ]);
    expect(flows.map((f) => [f.village, f.channel])).toEqual([['V1', 'bishkek_shop'], ['V2', 'fair']]);
    expect(flows[0]!.from).toEqual([72.7, 41.0]);
    expect(flows[1]!.to).toEqual([...SALES_TOWNS.naryn]);
  });
  it('widens arcs with the square root of sales, clamped', () => {
    expect(flowWidthPx(FLOW_WIDTH.referenceKgs)).toBe(FLOW_WIDTH.maxPx);
    expect(flowWidthPx(FLOW_WIDTH.referenceKgs / 4)).toBeCloseTo(FLOW_WIDTH.maxPx / 2, 5);
    expect(flowWidthPx(0)).toBe(FLOW_WIDTH.minPx);
    expect(flowWidthPx(1e12)).toBe(FLOW_WIDTH.maxPx);
  });
  it('has a stable layer id', () => {
    expect(createSalesFlowsLayer({ data: [] }).id).toBe(SALES_FLOWS_LAYER_ID);
  });
});

describe('villageSales (heat map weights)', () => {
  it('sums each village\'s channels into one weighted point', () => {
    const points = villageSales([row({ salesKgs: 100 }), row({ channel: 'online', salesKgs: 50 }), row({ village: 'V2', salesKgs: 0 })]);
    expect(points).toEqual([{ village: 'V1', position: [72.7, 41.0], salesKgs: 150 }]);
    expect(createSalesHeatmapLayer({ data: points }).id).toBe(SALES_HEATMAP_LAYER_ID);
  });
});
