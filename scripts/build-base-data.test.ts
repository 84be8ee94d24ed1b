// Checks the committed base files in data/base (the packages they come from are not needed here).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry, MultiPolygon, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, kinks } from '@turf/turf';
import { oblastLabelPoints, type OblastLabelProps } from './build-base-data.ts';
import type { AdminUnitFeature } from './lib/base-types.ts';
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

describe('oblast label points', () => {
  const unit = (code: string, coordinates: MultiPolygon['coordinates']): AdminUnitFeature => ({
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates },
    properties: {
      code, level: 'oblast', parent_code: 'KG', iso_code: code, soate: null, name_ky: `${code} ky`, name_ru: `${code} ru`, name_en: `${code} en`,
      capital_en: null, valid_from: null, valid_to: null, source_id: 'natural-earth', is_sample: false,
    },
  });

  it('puts one label inside each area unit, even a crescent whose centroid lies outside, and none on a point unit', () => {
    // A "C" shape: its centroid falls in the opening.
    const crescent = [[[[0, 0], [4, 0], [4, 1], [1, 1], [1, 3], [4, 3], [4, 4], [0, 4], [0, 0]]]];
    const square = [[[[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]]];
    const point: AdminUnitFeature = { ...unit('KG-GO', []), geometry: { type: 'Point', coordinates: [72.8, 40.5] } };
    const labels = oblastLabelPoints([unit('C', crescent), unit('S', square), point]);
    expect(labels.map((l) => l.properties)).toEqual([
      { code: 'C', level: 'oblast', name_ky: 'C ky', name_ru: 'C ru', name_en: 'C en' },
      { code: 'S', level: 'oblast', name_ky: 'S ky', name_ru: 'S ru', name_en: 'S en' },
    ]);
    expect(booleanPointInPolygon(labels[0]!.geometry, { type: 'MultiPolygon', coordinates: crescent })).toBe(true);
    expect(labels[1]!.geometry.coordinates).toEqual([10.5, 10.5]);
  });

  it('data/base/oblast-labels.geojson is what the script makes of admin-units.geojson: one label inside each area unit', () => {
    const units = read<AdminUnitFeature['properties']>('admin-units.geojson').features as AdminUnitFeature[];
    const file = read<OblastLabelProps>('oblast-labels.geojson').features as { type: 'Feature'; geometry: Point; properties: OblastLabelProps }[];
    expect(file).toEqual(oblastLabelPoints(units));
    expect(file.map((l) => l.properties.code)).toEqual(['KG', 'KG-B', 'KG-C', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y', 'KG-GB']);
    for (const label of file) {
      const area = units.find((u) => u.properties.code === label.properties.code)!;
      expect(booleanPointInPolygon(label.geometry, area.geometry as MultiPolygon), label.properties.code).toBe(true);
    }
  });
});
