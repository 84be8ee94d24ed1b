// OVOP+1 producer groups, their products and the trainings held in participating villages.
import { apportion } from '../apportion.ts';
import { createRng, seedFrom } from '../prng.ts';
import { CATALOGUE, CATEGORY_GROUP_NAMES, CATEGORY_WEIGHTS } from './catalogue.ts';
import type { BrandLevel, Certification, ProducerGroupRow, ProductCategory, ProductRow, TrainingRow, TrainingTopic, VillageRow } from './rows.ts';
import { SAMPLE_SOURCE, ymd } from './rows.ts';

export function buildProducerGroups(villages: readonly VillageRow[]): ProducerGroupRow[] {
  const rng = createRng(seedFrom('producer_groups'));
  const groups: ProducerGroupRow[] = [];
  for (const v of villages) {
    if (v.participants === 0) continue;
    const count = v.participating_households < 25 ? 1 : v.participating_households < 50 ? 2 : 3;
    const categories: ProductCategory[] = [];
    const weights = CATEGORY_WEIGHTS[v.oblast_code];
    if (!weights) throw new Error(`no product categories for oblast ${v.oblast_code}`);
    for (let guard = 0; categories.length < count && guard < 50; guard++) {
      const c = rng.weighted(weights);
      if (!categories.includes(c)) categories.push(c);
    }
    const sizes = apportion(v.participants, categories.map(() => rng.float(0.6, 1.4)));
    categories.forEach((category, i) => {
      const total = sizes[i] as number;
      const names = CATEGORY_GROUP_NAMES[category];
      groups.push({
        code: `KG-PG-${String(groups.length + 1).padStart(4, '0')}`,
        name_ky: `${v.name_ky} ${names.ky}`,
        name_ru: `${names.ru} «${v.name_ru}»`,
        name_en: `${v.name_en} ${names.en}`,
        village_code: v.code,
        product_category: category,
        members_total: total,
        members_women: Math.round(total * rng.float(0.55, 0.78)),
        members_youth: Math.round(total * rng.float(0.22, 0.36)),
        founded_year: rng.int(2017, 2024),
        source_id: SAMPLE_SOURCE,
        is_sample: true,
      });
    });
  }
  return groups;
}

export function buildProducts(groups: readonly ProducerGroupRow[]): ProductRow[] {
  const rng = createRng(seedFrom('products'));
  const products: ProductRow[] = [];
  for (const g of groups) {
    const items = rng.shuffle(CATALOGUE[g.product_category]).slice(0, rng.int(1, 3));
    for (const item of items) {
      const certification: Certification = rng.weighted([['none', 85], ['halal', 9], ['organic', 4], ['halal_organic', 2]] as const);
      const brand: BrandLevel = rng.weighted([['none', 3], ['local', 4], ['regional', 2], ['national', 1]] as const);
      products.push({
        code: `KG-PR-${String(products.length + 1).padStart(4, '0')}`,
        group_code: g.code,
        name_ky: item.ky,
        name_ru: item.ru,
        name_en: item.en,
        category: g.product_category,
        unit: item.unit,
        certification,
        brand_level: brand,
        source_id: SAMPLE_SOURCE,
        is_sample: true,
      });
    }
  }
  return products;
}

const TOPICS: readonly (readonly [TrainingTopic, number])[] = [
  ['product_development', 3],
  ['quality_certification', 2],
  ['marketing_sales', 3],
  ['bookkeeping', 2],
  ['disaster_preparedness', 2],
  ['restoration', 1],
];

export function buildTrainings(villages: readonly VillageRow[]): TrainingRow[] {
  const rng = createRng(seedFrom('trainings'));
  const rows: TrainingRow[] = [];
  for (const v of villages) {
    if (v.participants === 0) continue;
    const n = rng.int(2, 4);
    const dates: string[] = [];
    for (let i = 0; i < n; i++) {
      // 2024-03 .. 2026-09: the project's first two and a half years.
      const monthIndex = rng.int(2, 32);
      dates.push(ymd(2024 + Math.floor(monthIndex / 12), (monthIndex % 12) + 1, rng.int(1, 28)));
    }
    dates.sort();
    for (const held_on of dates) {
      const participants = Math.max(8, Math.min(v.participants + 10, rng.int(12, 35)));
      rows.push({
        code: `KG-TR-${String(rows.length + 1).padStart(4, '0')}`,
        village_code: v.code,
        topic: rng.weighted(TOPICS),
        held_on,
        participants,
        women: Math.round(participants * rng.float(0.55, 0.8)),
        youth: Math.round(participants * rng.float(0.2, 0.4)),
        source_id: SAMPLE_SOURCE,
        is_sample: true,
      });
    }
  }
  return rows;
}
