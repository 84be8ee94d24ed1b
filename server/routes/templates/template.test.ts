import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../lib/import/datasets/index.ts';
import { exampleValue, fieldRequired, templateCsv, templateFields } from './template.ts';

const field = (dataset: keyof typeof DATASETS, name: string) => DATASETS[dataset].fields.find((f) => f.name === name)!;

describe('import templates', () => {
  it('give a point as lon/lat columns, never the geometry column', () => {
    const names = templateFields(DATASETS.villages).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['lon', 'lat']));
    expect(names).not.toContain('geom');
  });

  it('need lon/lat for villages, but not for sites, whose point may come from the zone', () => {
    expect(fieldRequired(DATASETS.villages, field('villages', 'lon'))).toBe(true);
    expect(fieldRequired(DATASETS.sites, field('sites', 'lon'))).toBe(false);
    // An oblast found from the rayon or point need not be a column.
    expect(fieldRequired(DATASETS.villages, field('villages', 'oblast_code'))).toBe(false);
  });

  it('write list values as the atlas names them in the language, and references as codes that exist', () => {
    expect(exampleValue(field('sales', 'channel'), 'ru')).toBe('Ярмарки');
    expect(exampleValue(field('sales', 'channel'), 'en')).toBe('Fairs');
    expect(exampleValue(field('sales', 'product_code'), 'en', { products: 'KG-PR-0007' })).toBe('KG-PR-0007');
    // With no such record, the definition's example stays.
    expect(exampleValue(field('sales', 'product_code'), 'en', { products: null })).toBe(field('sales', 'product_code').example);
  });

  it('write the CSV as Excel does in each language: BOM, then ";" and a decimal comma for ky and ru, "," for en', () => {
    const ru = templateCsv('fx_rates', 'ru');
    expect(ru.startsWith('\uFEFF')).toBe(true);
    const [header, example] = ru.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(templateFields(DATASETS.fx_rates).map((f) => f.label.ru).join(';'));
    expect(example).toMatch(/^2024-01-01;87,45;;нет$/);
    const en = templateCsv('fx_rates', 'en').slice(1).trimEnd().split('\r\n');
    expect(en[1]).toBe('2024-01-01,87.45,,no');
  });
});
