// Monthly OVOP+1 sales by product and channel, 2024-01 .. 2026-09. The 2024 total is exactly the
// published 63,000,000 som: 2024 revenue is apportioned in whole som by largest remainder, and later
// years use the same som-per-weight scale, so growth and seasonality carry over.
import { apportion } from '../apportion.ts';
import { round } from '../geo.ts';
import { createRng, seedFrom } from '../prng.ts';
import { CATALOGUE, CATEGORY_SEASON, CHANNEL_MONTHS, CHANNEL_WEIGHT } from './catalogue.ts';
import type { Channel, ProductRow, SaleRow, VillageRow, ProducerGroupRow } from './rows.ts';
import { SAMPLE_SOURCE, ymd } from './rows.ts';

export const SALES_2024_TOTAL_KGS = 63_000_000;
const FIRST = { year: 2024, month: 1 };
const LAST = { year: 2026, month: 9 };
const BRAND_WEIGHT = { none: 0.8, local: 1.1, regional: 1.5, national: 2.2 } as const;

function growth(year: number, month: number): number {
  const t = (year - 2024) * 12 + (month - 1);
  return 1 + 0.006 * t;
}

export function buildSales(
  products: readonly ProductRow[],
  groups: readonly ProducerGroupRow[],
  villages: readonly VillageRow[],
): SaleRow[] {
  const rng = createRng(seedFrom('sales'));
  const oblastOfGroup = new Map(
    groups.map((g) => [g.code, villages.find((v) => v.code === g.village_code)?.oblast_code ?? '']),
  );
  interface Draft { product: ProductRow; price: number; channel: Channel; year: number; month: number; weight: number }
  const drafts: Draft[] = [];
  for (const p of products) {
    const item = CATALOGUE[p.category].find((c) => c.en === p.name_en);
    if (!item) throw new Error(`product ${p.code} is not in the catalogue`);
    const oblast = oblastOfGroup.get(p.group_code);
    const highBrand = p.brand_level === 'regional' || p.brand_level === 'national';
    const channels: Channel[] = [];
    if (rng.chance(0.75)) channels.push('bishkek_shop');
    if (rng.chance(oblast === 'KG-Y' ? 0.9 : 0.2)) channels.push('karakol_shop');
    if (rng.chance(0.7)) channels.push('fair');
    if (rng.chance(highBrand ? 0.7 : 0.3)) channels.push('exhibition');
    if (rng.chance(0.4)) channels.push('online');
    if (highBrand && ['honey', 'felt', 'dried_fruit_nuts'].includes(p.category) && rng.chance(0.35)) channels.push('export');
    if (channels.length === 0) channels.push('fair');
    const popularity = rng.float(0.5, 2) * BRAND_WEIGHT[p.brand_level];
    // The product enters a channel in a given month (later products enter later).
    const startIndex = rng.chance(0.9) ? 0 : rng.int(1, 8);
    for (const channel of channels) {
      for (let y = FIRST.year, m = FIRST.month, idx = 0; y < LAST.year || (y === LAST.year && m <= LAST.month); idx++) {
        const season = CATEGORY_SEASON[p.category][m - 1] as number;
        const active = CHANNEL_MONTHS[channel].includes(m) && idx >= startIndex && !(season < 0.6 && rng.chance(0.5));
        const noise = rng.float(0.7, 1.3);
        if (active) {
          drafts.push({ product: p, price: item.price, channel, year: y, month: m, weight: popularity * CHANNEL_WEIGHT[channel] * season * growth(y, m) * noise });
        }
        m++;
        if (m > 12) { m = 1; y++; }
      }
    }
  }
  const in2024 = drafts.filter((d) => d.year === 2024);
  const weight2024 = in2024.reduce((s, d) => s + d.weight, 0);
  const somPerWeight = SALES_2024_TOTAL_KGS / weight2024;
  const revenue2024 = apportion(SALES_2024_TOTAL_KGS, in2024.map((d) => d.weight));
  const revenueOf = new Map<Draft, number>(in2024.map((d, i) => [d, revenue2024[i] as number]));

  const rows: SaleRow[] = [];
  for (const d of drafts) {
    const revenue = revenueOf.get(d) ?? Math.round(d.weight * somPerWeight);
    if (revenue <= 0) continue;
    const countable = d.product.unit === 'piece' || d.product.unit === 'jar' || d.product.unit === 'bottle';
    const quantity = countable ? Math.max(1, Math.round(revenue / d.price)) : Math.max(0.01, round(revenue / d.price, 2));
    rows.push({
      product_code: d.product.code,
      channel: d.channel,
      month: ymd(d.year, d.month),
      quantity,
      revenue_kgs: revenue,
      source_id: SAMPLE_SOURCE,
      is_sample: true,
    });
  }
  return rows.sort((a, b) =>
    a.product_code < b.product_code ? -1 : a.product_code > b.product_code ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0,
  );
}
