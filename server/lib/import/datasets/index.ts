// The datasets a person can import, in foreign-key order: the one home of their columns, natural keys, geometry
// kinds, references and field descriptions. The seed (server/db/seed-tables.ts) derives its table list from these,
// and the templates print the labels, descriptions and examples.
import type { DatasetDef, DatasetName, FieldDef } from '../types.ts';
import { FX_RATES, INDICATORS, INDICATOR_VALUES, RESTORATION } from './results.ts';
import { PRODUCER_GROUPS, PRODUCTS, SALES, TRAININGS } from './livelihoods.ts';
import { SITES, VILLAGES } from './places.ts';

export { t } from './common.ts';

export const DATASETS: Readonly<Record<DatasetName, DatasetDef>> = {
  sites: SITES,
  villages: VILLAGES,
  producer_groups: PRODUCER_GROUPS,
  products: PRODUCTS,
  trainings: TRAININGS,
  sales: SALES,
  restoration: RESTORATION,
  indicators: INDICATORS,
  indicator_values: INDICATOR_VALUES,
  fx_rates: FX_RATES,
};

/** In foreign-key order: a dataset comes after those it references. */
export const DATASET_ORDER: readonly DatasetDef[] = Object.values(DATASETS);

/** Fields that are columns of the table (lon/lat only feed the point column). */
export const storedFields = (def: DatasetDef): FieldDef[] => def.fields.filter((f) => f.type !== 'lon' && f.type !== 'lat');

export const isGeometry = (f: FieldDef): boolean => f.type === 'point' || f.type === 'multipolygon';

export const fieldOf = (def: DatasetDef, name: string): FieldDef | undefined => def.fields.find((f) => f.name === name);

/** The other datasets' columns that name a row of this one: replacing it must not delete what they still need. */
export function referencedBy(name: DatasetName): { dataset: DatasetDef; field: FieldDef; column: string }[] {
  const out: { dataset: DatasetDef; field: FieldDef; column: string }[] = [];
  for (const def of DATASET_ORDER) {
    for (const f of def.fields) {
      if (f.references?.dataset === name) out.push({ dataset: def, field: f, column: f.references.column });
    }
  }
  return out;
}
