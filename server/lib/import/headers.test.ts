import { describe, expect, it } from 'vitest';
import { DATASETS } from './datasets/index.ts';
import { mapColumns, missingFields, normalizeHeader } from './headers.ts';

describe('normalizeHeader', () => {
  it('ignores case, ё/е, punctuation, spacing and a byte order mark', () => {
    expect(normalizeHeader('\uFEFF Выручка, сом ')).toBe('выручка сом');
    expect(normalizeHeader('Name (Kyrgyz)')).toBe('name kyrgyz');
    expect(normalizeHeader('Молодёжь')).toBe('молодежь');
  });
});

describe('mapColumns', () => {
  it('finds fields by name, alias or label in any language, and lists the columns it does not know', () => {
    const map = mapColumns(DATASETS.villages, ['Код', 'Название (по-русски)', 'name_ky', 'Name', 'Долгота', 'широта', 'population', 'дворы', 'comment']);
    expect(Object.fromEntries(map.columns)).toEqual({
      code: 'Код', name_ru: 'Название (по-русски)', name_ky: 'name_ky', name_en: 'Name', lon: 'Долгота', lat: 'широта',
      population: 'population', households: 'дворы',
    });
    expect(map.unknown).toEqual(['comment']);
    expect(map.duplicates).toEqual([]);
  });

  it('reads the 10-character names a Shapefile\'s .dbf cuts its columns to', () => {
    const map = mapColumns(DATASETS.sites, ['code', 'hazard_typ', 'oblast_cod', 'farmland_a', 'households']);
    expect(Object.fromEntries(map.columns)).toMatchObject({ hazard_type: 'hazard_typ', oblast_code: 'oblast_cod', farmland_at_risk_ha: 'farmland_a', households_at_risk: 'households' });
  });

  it('reports two columns that mean the same field', () => {
    const map = mapColumns(DATASETS.sales, ['product_code', 'revenue_kgs', 'Выручка']);
    expect(map.duplicates.map((d) => [d.field.name, d.columns])).toEqual([['revenue_kgs', ['revenue_kgs', 'Выручка']]]);
  });
});

describe('missingFields', () => {
  it('needs lon/lat in a table but not in a GeoJSON or Shapefile, whose features carry the point', () => {
    const map = mapColumns(DATASETS.villages, ['code', 'name_ky', 'name_ru', 'name_en', 'population', 'households']);
    expect(missingFields(DATASETS.villages, map, { featureGeometry: false }).map((f) => f.name)).toEqual(['geom']);
    expect(missingFields(DATASETS.villages, map, { featureGeometry: true })).toEqual([]);
  });

  it('does not ask for an oblast (found from the rayon or the point) or a column with a default', () => {
    const map = mapColumns(DATASETS.sites, ['code', 'name_ky', 'name_ru', 'name_en', 'hazard_type', 'risk_level', 'status', 'lon', 'lat']);
    expect(missingFields(DATASETS.sites, map, { featureGeometry: false })).toEqual([]);
  });

  it('names every required column of sales that a file lacks', () => {
    const map = mapColumns(DATASETS.sales, ['product_code', 'month']);
    expect(missingFields(DATASETS.sales, map, { featureGeometry: false }).map((f) => f.name)).toEqual(['channel', 'quantity', 'revenue_kgs']);
  });
});
