// What the seed may write: per table, the file it comes from, the columns taken from each row (an allowlist,
// never the file's keys), the natural key it upserts on, and the geometry columns.
// Listed in foreign-key order. The programme datasets (sites … fx_rates) are derived from the import's dataset
// definitions (server/lib/import/datasets/), so a column added there is seeded and imported alike.
import { DATASET_ORDER, storedFields } from '../lib/import/datasets/index.ts';
import type { DatasetDef } from '../lib/import/types.ts';

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

/** A dataset as the seed sees it: data/sample/<table>.json, its stored columns, key and geometry kinds. */
function fromDataset(def: DatasetDef): SeedTable {
  const geometry: Record<string, GeometryKind> = {};
  for (const f of storedFields(def)) if (f.type === 'point' || f.type === 'multipolygon') geometry[f.name] = f.type;
  return {
    table: def.table,
    file: `sample/${def.table}.json`,
    columns: storedFields(def).map((f) => f.name),
    conflict: def.conflict,
    ...(Object.keys(geometry).length ? { geometry } : {}),
  };
}

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
  // The programme datasets: the same columns, keys and geometry kinds the import accepts (one home for both).
  ...DATASET_ORDER.map(fromDataset),
  {
    // Published programme facts (not sample data): data/programme.json, written from the sources it cites.
    table: 'programme_facts',
    file: 'programme.json',
    columns: ['code', 'kind', 'ordinal', ...NAMES, 'short_ky', 'short_ru', 'short_en', 'instrument', 'amount', 'unit',
      'comparator', 'measure', 'year', 'month', 'admin_unit_code', 'note', ...FACT],
    conflict: ['code'],
  },
];
