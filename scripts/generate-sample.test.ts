// Checks the committed sample dataset in data/sample (it is not regenerated here, so the suite is fast)
// against the published figures and the schema's foreign keys, and that the generator is deterministic.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AdminUnitFeature } from './lib/base-types.ts';
import { distanceM } from './lib/geo.ts';
import { SAMPLE_TABLES, type SampleData } from './lib/sample/rows.ts';
import { generateSample, readBase } from './generate-sample.ts';

const DATA = resolve(fileURLToPath(import.meta.url), '../../data');
const sample = Object.fromEntries(
  SAMPLE_TABLES.map((t) => [t, JSON.parse(readFileSync(join(DATA, 'sample', `${t}.json`), 'utf8'))]),
) as SampleData;
const base = readBase(DATA);
const units = base.adminUnits.features as AdminUnitFeature[];
const unit = new Map(units.map((u) => [u.properties.code, u.properties]));
const sourceIds = new Set((JSON.parse(readFileSync(join(DATA, 'sources.json'), 'utf8')) as { id: string }[]).map((s) => s.id));
const TARGET = ['KG-J', 'KG-O', 'KG-Y', 'KG-N'];
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const cents = (x: number): number => Math.round(x * 100);

/** Column lists of server/sql/migrations/001_schema.sql, in order. */
const COLUMNS: Record<keyof SampleData, string[]> = {
  hazard_sites: ['code', 'name_ky', 'name_ru', 'name_en', 'hazard_type', 'risk_level', 'status', 'oblast_code', 'rayon_code', 'households_at_risk', 'farmland_at_risk_ha', 'geom', 'zone', 'source_id', 'is_sample'],
  villages: ['code', 'name_ky', 'name_ru', 'name_en', 'oblast_code', 'rayon_code', 'aiyl_aimak_code', 'population', 'households', 'participating_households', 'participants', 'geonames_id', 'geom', 'source_id', 'is_sample'],
  producer_groups: ['code', 'name_ky', 'name_ru', 'name_en', 'village_code', 'product_category', 'members_total', 'members_women', 'members_youth', 'founded_year', 'source_id', 'is_sample'],
  products: ['code', 'group_code', 'name_ky', 'name_ru', 'name_en', 'category', 'unit', 'certification', 'brand_level', 'source_id', 'is_sample'],
  sales: ['product_code', 'channel', 'month', 'quantity', 'revenue_kgs', 'source_id', 'is_sample'],
  trainings: ['code', 'village_code', 'topic', 'held_on', 'participants', 'women', 'youth', 'source_id', 'is_sample'],
  restoration_activities: ['code', 'site_code', 'kind', 'name_ky', 'name_ru', 'name_en', 'geom', 'hectares_planned', 'hectares_done', 'green_wage_workdays', 'start_date', 'end_date', 'cost_kgs', 'source_id', 'is_sample'],
  indicators: ['code', 'name_ky', 'name_ru', 'name_en', 'unit', 'higher_is_better', 'source_id', 'is_sample'],
  indicator_values: ['indicator_code', 'region_code', 'year', 'sex', 'age_group', 'baseline', 'target', 'actual', 'source_id', 'is_sample'],
  fx_rates: ['rate_date', 'kgs_per_usd', 'source_id', 'is_sample'],
};

describe('the sample dataset', () => {
  it('has exactly the columns of each table, and every row is sample data with a known source', () => {
    for (const table of SAMPLE_TABLES) {
      expect(sample[table].length, table).toBeGreaterThan(0);
      for (const row of sample[table] as unknown as Record<string, unknown>[]) {
        expect(Object.keys(row), table).toEqual(COLUMNS[table]);
        expect(row.is_sample, table).toBe(true);
        expect(sourceIds.has(row.source_id as string), `${table} source ${String(row.source_id)}`).toBe(true);
      }
    }
  });

  it('has 21 hazard sites, all in the four target oblasts, including Bazar-Korgon (Kökchököz) and Suzak rayons', () => {
    const sites = sample.hazard_sites;
    expect(sites).toHaveLength(21);
    for (const s of sites) {
      expect(TARGET).toContain(s.oblast_code);
      expect(unit.get(s.rayon_code as string)?.parent_code).toBe(s.oblast_code);
    }
    const kokchokoz = sites.find((s) => s.name_en === 'Kökchököz');
    expect(kokchokoz?.rayon_code).toBe('KG-J-BAZAR-KORGON');
    expect(kokchokoz?.name_ky).toBe('Көкчөкөз');
    expect(sites.filter((s) => s.rayon_code === 'KG-J-SUZAK')).toHaveLength(1);
    expect(new Set(sites.map((s) => s.code)).size).toBe(21);
  });

  it('matches the press figures for the sites: more than 4,000 households and 5,500 ha at risk', () => {
    expect(sum(sample.hazard_sites.map((s) => s.households_at_risk))).toBeGreaterThan(4000);
    expect(sum(sample.hazard_sites.map((s) => s.farmland_at_risk_ha))).toBeGreaterThan(5500);
    const mudOrFlood = sample.hazard_sites.filter((s) => s.hazard_type === 'mudflow' || s.hazard_type === 'flood');
    expect(mudOrFlood.length).toBeGreaterThan(10);
  });

  it('places sites within 2–8 km of a real village, and at least one village near two sites', () => {
    const villages = sample.villages;
    for (const s of sample.hazard_sites) {
      const nearest = Math.min(...villages.map((v) => distanceM(s.geom.coordinates, v.geom.coordinates)));
      expect(nearest, s.code).toBeGreaterThan(1_900);
      expect(nearest, s.code).toBeLessThan(8_100);
    }
    const nearTwo = villages.filter((v) => sample.hazard_sites.filter((s) => distanceM(s.geom.coordinates, v.geom.coordinates) <= 15_000).length >= 2);
    expect(nearTwo.length).toBeGreaterThan(0);
  });

  it('has more than 800 participating households, and at least as many participants', () => {
    const households = sum(sample.villages.map((v) => v.participating_households));
    const participants = sum(sample.villages.map((v) => v.participants));
    expect(Number.isInteger(households)).toBe(true);
    expect(households).toBeGreaterThanOrEqual(800);
    expect(participants).toBeGreaterThanOrEqual(households);
    for (const v of sample.villages) {
      expect(v.participating_households).toBeLessThanOrEqual(v.households);
      expect(v.participants).toBeGreaterThanOrEqual(v.participating_households);
    }
  });

  it('uses real GeoNames places for villages, including a name with an apostrophe', () => {
    const towns = new Map(base.towns.features.map((t) => [t.properties.geonames_id, t]));
    for (const v of sample.villages) {
      const t = towns.get(v.geonames_id as number);
      expect(t, v.code).toBeDefined();
      expect(v.geom.coordinates).toEqual(t?.geometry.coordinates);
      expect(v.name_en).toBe(t?.properties.name_en);
    }
    expect(sample.villages.some((v) => v.name_en.includes("'"))).toBe(true);
  });

  it('sums 2024 OVOP+1 sales to exactly 63,000,000 som, with 2025 higher', () => {
    const byYear = (y: string) => sum(sample.sales.filter((s) => s.month.startsWith(y)).map((s) => cents(s.revenue_kgs)));
    expect(byYear('2024')).toBe(6_300_000_000);
    expect(byYear('2025')).toBeGreaterThan(byYear('2024'));
    const keys = sample.sales.map((s) => `${s.product_code}|${s.channel}|${s.month}`);
    expect(new Set(keys).size).toBe(keys.length);
    const months = sample.sales.map((s) => s.month).sort();
    expect(months[0]).toBe('2024-01-01');
    expect(months[months.length - 1]).toBe('2026-09-01');
    expect(new Set(sample.sales.map((s) => s.channel))).toEqual(new Set(['bishkek_shop', 'karakol_shop', 'fair', 'exhibition', 'online', 'export']));
  });

  it('resolves every foreign key', () => {
    const villages = new Set(sample.villages.map((v) => v.code));
    const groups = new Set(sample.producer_groups.map((g) => g.code));
    const products = new Set(sample.products.map((p) => p.code));
    const sites = new Set(sample.hazard_sites.map((s) => s.code));
    const indicators = new Set(sample.indicators.map((i) => i.code));
    for (const v of sample.villages) {
      expect(unit.get(v.oblast_code)?.level).toBe('oblast');
      expect(unit.get(v.rayon_code as string)?.parent_code).toBe(v.oblast_code);
    }
    for (const g of sample.producer_groups) expect(villages.has(g.village_code), g.code).toBe(true);
    for (const p of sample.products) expect(groups.has(p.group_code), p.code).toBe(true);
    for (const s of sample.sales) expect(products.has(s.product_code), s.product_code).toBe(true);
    for (const t of sample.trainings) expect(villages.has(t.village_code), t.code).toBe(true);
    for (const r of sample.restoration_activities) expect(sites.has(r.site_code), r.code).toBe(true);
    for (const iv of sample.indicator_values) {
      expect(indicators.has(iv.indicator_code)).toBe(true);
      if (iv.region_code !== null) expect(unit.has(iv.region_code)).toBe(true);
    }
  });

  it('keeps women and youth within totals, with women a majority of OVOP+1 members', () => {
    for (const g of sample.producer_groups) {
      expect(g.members_women).toBeLessThanOrEqual(g.members_total);
      expect(g.members_youth).toBeLessThanOrEqual(g.members_total);
    }
    for (const t of sample.trainings) {
      expect(t.women).toBeLessThanOrEqual(t.participants);
      expect(t.youth).toBeLessThanOrEqual(t.participants);
    }
    const total = sum(sample.producer_groups.map((g) => g.members_total));
    expect(sum(sample.producer_groups.map((g) => g.members_women)) / total).toBeGreaterThan(0.5);
    for (const v of sample.villages) {
      const members = sum(sample.producer_groups.filter((g) => g.village_code === v.code).map((g) => g.members_total));
      expect(members, v.code).toBe(v.participants);
    }
    expect(new Set(sample.producer_groups.map((g) => g.product_category)).size).toBe(8);
  });

  it('keeps restoration progress within plan and dates in order', () => {
    for (const r of sample.restoration_activities) {
      expect(r.hectares_done).toBeLessThanOrEqual(r.hectares_planned);
      if (r.start_date && r.end_date) expect(r.end_date >= r.start_date).toBe(true);
    }
    expect(new Set(sample.restoration_activities.map((r) => r.site_code)).size).toBeGreaterThanOrEqual(15);
  });

  it('adds regional indicator values up to the national value for additive indicators', () => {
    const units = new Map(sample.indicators.map((i) => [i.code, i.unit]));
    const national = sample.indicator_values.filter((v) => v.region_code === null);
    expect(national.length).toBeGreaterThan(0);
    for (const n of national) {
      const regional = sample.indicator_values.filter(
        (v) => v.region_code !== null && v.indicator_code === n.indicator_code && v.year === n.year && v.sex === n.sex && v.age_group === n.age_group,
      );
      expect(regional.map((r) => r.region_code).sort()).toEqual([...TARGET].sort());
      expect(n.actual === null).toBe(n.year > 2025);
      if (units.get(n.indicator_code) === 'percent') continue;
      for (const field of ['baseline', 'target', 'actual'] as const) {
        if (n[field] === null) continue;
        expect(sum(regional.map((r) => cents(r[field] as number))), `${n.indicator_code} ${n.year} ${field}`).toBe(cents(n[field] as number));
      }
    }
    expect(sample.indicator_values.some((v) => v.sex === 'women')).toBe(true);
    expect(sample.indicator_values.some((v) => v.age_group === 'youth')).toBe(true);
  });

  it('has monthly sample exchange rates from 2024-01 to 2026-10', () => {
    expect(sample.fx_rates.map((r) => r.rate_date)[0]).toBe('2024-01-01');
    expect(sample.fx_rates.at(-1)?.rate_date).toBe('2026-10-01');
    expect(sample.fx_rates).toHaveLength(34);
    for (const r of sample.fx_rates) expect(r.kgs_per_usd).toBeGreaterThan(85);
  });
});

describe('generateSample', () => {
  it('is deterministic and matches the committed files', () => {
    const a = generateSample(readBase(DATA));
    const b = generateSample(readBase(DATA));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const table of SAMPLE_TABLES) expect(a[table], table).toEqual(sample[table]);
  });
});
