// What the seed may write: per table, the file it comes from, the columns taken from each row (an allowlist,
// never the file's keys), the natural key it upserts on, and the geometry columns.
// Listed in foreign-key order.

export type GeometryKind = 'point' | 'multipolygon';

export interface SeedTable {
  table: string;
  /** Relative to the data folder. */
  file: string;
  columns: readonly string[];
  /** ON CONFLICT target: columns, or index expressions in parentheses. */
  conflict: readonly string[];
  geometry?: Readonly<Record<string, GeometryKind>>;
}

const NAMES = ['name_ky', 'name_ru', 'name_en'] as const;
const FACT = ['source_id', 'is_sample'] as const;

export const SEED_TABLES: readonly SeedTable[] = [
  {
    table: 'sources',
    file: 'sources.json',
    columns: ['id', 'title', 'publisher', 'published', 'url', 'licence', 'note', 'is_sample'],
    conflict: ['id'],
  },
  {
    // Read from GeoJSON: see featuresToRows in seed.ts.
    table: 'admin_units',
    file: 'base/admin-units.geojson',
    columns: ['code', 'level', 'parent_code', 'iso_code', 'soate', ...NAMES, 'capital_en', 'geom', 'label_point',
      'valid_from', 'valid_to', ...FACT],
    conflict: ['code'],
    geometry: { geom: 'multipolygon', label_point: 'point' },
  },
  {
    table: 'hazard_sites',
    file: 'sample/hazard_sites.json',
    columns: ['code', ...NAMES, 'hazard_type', 'risk_level', 'status', 'oblast_code', 'rayon_code',
      'households_at_risk', 'farmland_at_risk_ha', 'geom', 'zone', ...FACT],
    conflict: ['code'],
    geometry: { geom: 'point', zone: 'multipolygon' },
  },
  {
    table: 'villages',
    file: 'sample/villages.json',
    columns: ['code', ...NAMES, 'oblast_code', 'rayon_code', 'aiyl_aimak_code', 'population', 'households',
      'participating_households', 'participants', 'geonames_id', 'geom', ...FACT],
    conflict: ['code'],
    geometry: { geom: 'point' },
  },
  {
    table: 'producer_groups',
    file: 'sample/producer_groups.json',
    columns: ['code', ...NAMES, 'village_code', 'product_category', 'members_total', 'members_women',
      'members_youth', 'founded_year', ...FACT],
    conflict: ['code'],
  },
  {
    table: 'products',
    file: 'sample/products.json',
    columns: ['code', 'group_code', ...NAMES, 'category', 'unit', 'certification', 'brand_level', ...FACT],
    conflict: ['code'],
  },
  {
    table: 'trainings',
    file: 'sample/trainings.json',
    columns: ['code', 'village_code', 'topic', 'held_on', 'participants', 'women', 'youth', ...FACT],
    conflict: ['code'],
  },
  {
    table: 'sales',
    file: 'sample/sales.json',
    columns: ['product_code', 'channel', 'month', 'quantity', 'revenue_kgs', ...FACT],
    conflict: ['product_code', 'channel', 'month'],
  },
  {
    table: 'restoration_activities',
    file: 'sample/restoration_activities.json',
    columns: ['code', 'site_code', 'kind', ...NAMES, 'geom', 'hectares_planned', 'hectares_done',
      'green_wage_workdays', 'start_date', 'end_date', 'cost_kgs', ...FACT],
    conflict: ['code'],
    geometry: { geom: 'multipolygon' },
  },
  {
    table: 'indicators',
    file: 'sample/indicators.json',
    columns: ['code', ...NAMES, 'unit', 'higher_is_better', ...FACT],
    conflict: ['code'],
  },
  {
    table: 'indicator_values',
    file: 'sample/indicator_values.json',
    columns: ['indicator_code', 'region_code', 'year', 'sex', 'age_group', 'baseline', 'target', 'actual', ...FACT],
    // Matches the unique index indicator_values_key (a national figure has no region).
    conflict: ['indicator_code', "(coalesce(region_code, ''))", 'year', 'sex', 'age_group'],
  },
  {
    table: 'fx_rates',
    file: 'sample/fx_rates.json',
    columns: ['rate_date', 'kgs_per_usd', ...FACT],
    conflict: ['rate_date'],
  },
  {
    // Published programme facts (not sample data): data/programme.json, written from the sources it cites.
    table: 'programme_facts',
    file: 'programme.json',
    columns: ['code', 'kind', 'ordinal', ...NAMES, 'short_ky', 'short_ru', 'short_en', 'instrument', 'amount', 'unit',
      'comparator', 'measure', 'year', 'month', 'admin_unit_code', 'note', ...FACT],
    conflict: ['code'],
  },
];
