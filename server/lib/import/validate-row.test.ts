import { describe, expect, it } from 'vitest';
import { DATASETS } from './datasets/index.ts';
import { mapColumns } from './headers.ts';
import type { CellValue, SourceRecord } from './read/types.ts';
import type { DatasetName, Lang } from './types.ts';
import { stageColumns, validateRow } from './validate-row.ts';

function check(dataset: DatasetName, values: Record<string, CellValue>, options: { decimal?: '.' | ','; lang?: Lang; geometry?: SourceRecord['geometry'] } = {}) {
  const def = DATASETS[dataset];
  const map = mapColumns(def, Object.keys(values));
  const featureGeometry = options.geometry !== undefined;
  const ctx = { def, map, decimal: options.decimal ?? '.', lang: options.lang ?? 'en', columns: stageColumns(def, map, featureGeometry), source: 'user-import' };
  return validateRow(ctx, { n: 7, values, ...(featureGeometry ? { geometry: options.geometry } : {}) });
}

const SALE = { product_code: 'p-01', channel: 'Ярмарка', month: '03.2024', quantity: '12', revenue_kgs: '1 000 000,55' };

describe('validateRow', () => {
  it('turns a Russian-style sales row into the values the database stores, with the import source', () => {
    const row = check('sales', SALE, { decimal: ',' });
    expect(row.problems).toEqual([]);
    expect(row.values).toEqual({
      product_code: 'P-01', channel: 'fair', month: '2024-03-01', quantity: '12', revenue_kgs: '1000000.55',
      source_id: 'user-import', is_sample: false,
    });
    expect(row.key).toBe('P-01 · fair · 2024-03-01');
  });

  it('names each bad cell with the value found and a code the report words', () => {
    const row = check('sales', { ...SALE, channel: 'базар', month: '2024-13', revenue_kgs: '-5' }, { decimal: ',' });
    expect(row.problems.map((p) => [p.code, p.field, p.value])).toEqual([
      ['not_in_list', 'channel', 'базар'],
      ['not_a_month', 'month', '2024-13'],
      ['negative', 'revenue_kgs', '-5'],
    ]);
    expect(row.key).toBeNull();
  });

  it('reports an empty required cell, and fills a default for an empty optional one', () => {
    const row = check('products', { code: 'P-9', group_code: 'PG-01', name_ky: 'а', name_ru: 'б', name_en: '', category: 'Бал', unit: '' });
    expect(row.problems.map((p) => [p.code, p.field])).toEqual([['required', 'name_en']]);
    expect(row.values.unit).toBe('piece');
    expect(row.values.category).toBe('honey');
  });

  it('refuses a sales month in the future and a founding year before OVOP came to Kyrgyzstan', () => {
    expect(check('sales', { ...SALE, month: '2199-01' }, { decimal: ',' }).problems[0]).toMatchObject({ code: 'year_out_of_range' });
    const group = check('producer_groups', { code: 'PG-9', name_ky: 'а', name_ru: 'б', name_en: 'c', village_code: 'V', product_category: 'felt', members_total: 5, members_women: 2, members_youth: 1, founded_year: 1999 });
    expect(group.problems.map((p) => p.code)).toEqual(['year_out_of_range']);
  });

  it('holds women and youth to the total, and an end date to its start', () => {
    const training = check('trainings', { code: 'TR-9', village_code: 'V1', topic: 'bookkeeping', held_on: '2024-05-01', participants: 10, women: 11, youth: 3 });
    expect(training.problems).toEqual([expect.objectContaining({ code: 'at_most', field: 'women', params: expect.objectContaining({ limitValue: '10' }) })]);
    const works = check('restoration', { code: 'RA-9', site_code: 'S', kind: 'gabions', name_ky: 'а', name_ru: 'б', name_en: 'c', hectares_planned: 1, start_date: '2025-01-01', end_date: '2024-12-31' }, { geometry: null });
    expect(works.problems.map((p) => p.code)).toContain('not_before');
  });

  it('makes a point of lon/lat with a decimal comma, and says when they look swapped', () => {
    const village = { code: 'KG-V-1', name_ky: 'а', name_ru: 'б', name_en: 'c', population: 10, households: 2 };
    const ok = check('villages', { ...village, 'долгота': '72,7', 'широта': '41,1' }, { decimal: ',' });
    expect(ok.problems).toEqual([]);
    expect(JSON.parse(String(ok.values.geom))).toEqual({ type: 'Point', coordinates: [72.7, 41.1] });
    const swapped = check('villages', { ...village, lon: 41.1, lat: 72.7 });
    expect(swapped.problems.map((p) => [p.code, p.value])).toEqual([['coordinates_swapped', '41.1, 72.7']]);
    const abroad = check('villages', { ...village, lon: 37.6, lat: 55.75 });
    expect(abroad.problems.map((p) => p.code)).toEqual(['outside_kyrgyzstan']);
  });

  it('puts a site\'s polygon feature in its zone and refuses a line', () => {
    const site = { code: 'S-1', name_ky: 'а', name_ru: 'б', name_en: 'c', hazard_type: 'сель', risk_level: 'high', status: 'design' };
    const zone = { type: 'Polygon' as const, coordinates: [[[72.7, 41.1], [72.71, 41.1], [72.71, 41.11], [72.7, 41.1]]] };
    const row = check('sites', site, { geometry: zone });
    expect(row.problems).toEqual([]);
    expect(row.values.zone).toBe(JSON.stringify(zone));
    expect(row.values.geom).toBeNull();
    const line = check('sites', site, { geometry: { type: 'LineString', coordinates: [[72.7, 41.1], [72.8, 41.2]] } });
    expect(line.problems.map((p) => [p.code, p.params.found])).toEqual([['geometry_wrong_type', 'LineString']]);
  });

  it('reports a row longer than its header as an error and a short one as a warning', () => {
    const def = DATASETS.sales;
    const map = mapColumns(def, Object.keys(SALE));
    const ctx = { def, map, decimal: ',' as const, lang: 'en' as const, columns: stageColumns(def, map, false), source: 'user-import' };
    const row = validateRow(ctx, { n: 3, values: SALE, extra: ['oops'], missing: ['comment'] });
    expect(row.problems.map((p) => [p.severity, p.code])).toEqual([['error', 'row_too_long'], ['warning', 'row_too_short']]);
  });

  it('keys a national indicator value on an empty region', () => {
    const row = check('indicator_values', { indicator_code: 'PDO-1', region_code: '', year: '2024', baseline: '0', target: '100' });
    expect(row.problems).toEqual([]);
    expect(row.key).toBe('PDO-1 ·  · 2024 · all · all');
  });
});
