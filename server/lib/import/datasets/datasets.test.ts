import { describe, expect, it } from 'vitest';
import { SEED_TABLES } from '../../../db/seed-tables.ts';
import { headerNames } from '../headers.ts';
import { LANGS } from '../types.ts';
import { DATASETS, DATASET_ORDER, storedFields } from './index.ts';

describe('dataset definitions', () => {
  it('are the seed table list for the programme tables: same columns, keys and geometry kinds', () => {
    for (const def of DATASET_ORDER) {
      const seeded = SEED_TABLES.find((s) => s.table === def.table);
      expect(seeded, def.table).toBeDefined();
      expect(seeded!.columns).toEqual(storedFields(def).map((f) => f.name));
      expect(seeded!.conflict).toEqual(def.conflict);
    }
    expect(SEED_TABLES.find((s) => s.table === 'hazard_sites')!.geometry).toEqual({ geom: 'point', zone: 'multipolygon' });
  });

  it('come after every dataset they reference', () => {
    const order = DATASET_ORDER.map((d) => d.name);
    for (const def of DATASET_ORDER) {
      for (const f of def.fields) {
        if (f.references?.dataset) expect(order.indexOf(f.references.dataset), `${def.name}.${f.name}`).toBeLessThan(order.indexOf(def.name));
      }
    }
  });

  it('give every field a label, a description and no header that two fields of one dataset share', () => {
    for (const def of DATASET_ORDER) {
      const owner = new Map<string, string>();
      for (const f of def.fields) {
        for (const lang of LANGS) {
          expect(f.label[lang].length, `${def.name}.${f.name} label ${lang}`).toBeGreaterThan(0);
          expect(f.description[lang].length, `${def.name}.${f.name} description ${lang}`).toBeGreaterThan(10);
        }
        for (const name of headerNames(f)) {
          // A field's own name wins over another's alias (mapColumns), so only aliases and labels must be unique.
          if (owner.has(name) && owner.get(name) !== f.name && name !== f.name) {
            expect.fail(`${def.name}: header "${name}" means both ${owner.get(name)} and ${f.name}`);
          }
          owner.set(name, f.name);
        }
      }
    }
  });

  it('key every dataset on fields that always have a value, except a national indicator value\'s empty region', () => {
    for (const def of DATASET_ORDER) {
      for (const k of def.key) {
        const f = def.fields.find((x) => x.name === k);
        expect(f, `${def.name}.${k}`).toBeDefined();
        if (!(def.name === 'indicator_values' && k === 'region_code')) expect(f!.required || f!.default !== undefined, `${def.name}.${k}`).toBe(true);
      }
    }
    expect(Object.keys(DATASETS)).toHaveLength(10);
  });
});
