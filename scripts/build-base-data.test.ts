// Checks the committed base files in data/base (the packages they come from are not needed here).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { kinks } from '@turf/turf';
import type { AdminUnitProps, TownProps, WaterProps } from './lib/base-types.ts';

const BASE = resolve(fileURLToPath(import.meta.url), '../../data/base');
const read = <P>(name: string) => JSON.parse(readFileSync(join(BASE, name), 'utf8')) as FeatureCollection<Geometry, P>;
const ADMIN_COLUMNS = ['code', 'level', 'parent_code', 'iso_code', 'soate', 'name_ky', 'name_ru', 'name_en', 'capital_en', 'valid_from', 'valid_to', 'source_id', 'is_sample'];

describe('data/base/admin-units.geojson', () => {
  const units = read<AdminUnitProps>('admin-units.geojson').features;
  const byCode = new Map(units.map((u) => [u.properties.code, u]));

  it('has properties that are exactly the admin_units columns', () => {
    for (const u of units) expect(Object.keys(u.properties)).toEqual(ADMIN_COLUMNS);
  });

  it('holds the country, 7 oblasts, Bishkek and Osh cities, and 25 rayons of the target oblasts', () => {
    const count = (level: string) => units.filter((u) => u.properties.level === level).length;
    expect(count('country')).toBe(1);
    expect(count('oblast')).toBe(7);
    expect(count('city')).toBe(2);
    expect(count('rayon')).toBe(25);
    expect(byCode.get('KG-GO')?.geometry.type).toBe('Point');
    expect(byCode.get('KG-J')?.properties.soate).toBe('41703000000000');
    expect(byCode.get('KG-Y')?.properties.name_ky).toBe('Ысык-Көл облусу');
  });

  it('links every unit to an existing parent and gives rayons a point at their centre', () => {
    for (const u of units) {
      const parent = u.properties.parent_code;
      if (u.properties.level === 'country') expect(parent).toBeNull();
      else expect(byCode.has(parent as string), u.properties.code).toBe(true);
      if (u.properties.level === 'rayon') {
        expect(u.geometry.type).toBe('Point');
        expect(u.properties.code).toMatch(/^KG-[JOYN]-[A-Z-]+$/);
        expect(u.properties.soate).toBeNull();
      }
    }
    expect(byCode.get('KG-J-BAZAR-KORGON')?.properties.parent_code).toBe('KG-J');
    expect(byCode.get('KG-J-SUZAK')?.properties.parent_code).toBe('KG-J');
  });

  it('has simple polygons with coordinates rounded to 5 decimals', () => {
    for (const u of units) {
      if (u.geometry.type !== 'MultiPolygon') continue;
      expect(kinks(u.geometry).features, u.properties.code).toHaveLength(0);
      for (const c of u.geometry.coordinates.flat(2)) for (const v of c) expect(Math.round(v * 1e5) / 1e5).toBe(v);
    }
  });
});

describe('data/base towns, lakes and rivers', () => {
  it('has every GeoNames place in Kyrgyzstan with its oblast', () => {
    const towns = read<TownProps>('towns.geojson').features;
    expect(towns.length).toBeGreaterThan(80);
    for (const t of towns) expect(t.properties.oblast_code, t.properties.name_en).toMatch(/^KG-/);
  });

  it('names Issyk-Kul, Toktogul Reservoir and the Naryn', () => {
    expect(read<WaterProps>('lakes.geojson').features.map((f) => f.properties.name_en)).toEqual(['Issyk-Kul', 'Toktogul Reservoir']);
    expect(read<WaterProps>('rivers.geojson').features.map((f) => f.properties.name_en)).toContain('Naryn');
  });
});
