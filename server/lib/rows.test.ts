import { describe, expect, it } from 'vitest';
import { featureCollection, nameOf } from './rows.ts';

describe('nameOf', () => {
  it('reads the three languages of a row', () => {
    expect(nameOf({ name_ky: 'Көкчөкөз', name_ru: 'Кокчокоз', name_en: 'Kökchököz' })).toEqual({
      ky: 'Көкчөкөз',
      ru: 'Кокчокоз',
      en: 'Kökchököz',
    });
  });

  it('reads prefixed columns, e.g. a joined village', () => {
    const row = { name_ky: 'x', name_ru: 'x', name_en: 'x', village_name_ky: 'Ош', village_name_ru: 'Ош', village_name_en: 'Osh' };
    expect(nameOf(row, 'village_')).toEqual({ ky: 'Ош', ru: 'Ош', en: 'Osh' });
  });
});

describe('featureCollection', () => {
  it('makes one feature per row, its id the code', () => {
    const fc = featureCollection([{ code: 'KG-J-01', geometry: { type: 'Point', coordinates: [72.7, 41.1] } }], (r) => ({ code: r.code }));
    expect(fc).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'KG-J-01', geometry: { type: 'Point', coordinates: [72.7, 41.1] }, properties: { code: 'KG-J-01' } }],
    });
  });

  it('is an empty collection for no rows', () => {
    expect(featureCollection([], () => ({}))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
