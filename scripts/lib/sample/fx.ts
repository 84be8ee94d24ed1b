// Sample KGS per US$ rates on the first of each month, 2024-01 .. 2026-10: a smooth path from about
// 89.5 to about 87.4 with small noise. Not the National Bank's rates: replace through import.
import { round } from '../geo.ts';
import { createRng, seedFrom } from '../prng.ts';
import type { FxRateRow } from './rows.ts';
import { ymd } from './rows.ts';

export function buildFxRates(): FxRateRow[] {
  const rng = createRng(seedFrom('fx_rates'));
  const rows: FxRateRow[] = [];
  for (let i = 0; i < 34; i++) {
    const rate = 87.4 + 2.1 * Math.exp(-i / 6) + rng.float(-0.12, 0.12);
    rows.push({ rate_date: ymd(2024 + Math.floor(i / 12), (i % 12) + 1), kgs_per_usd: round(rate, 4), source_id: 'sample-fx', is_sample: true });
  }
  return rows;
}
