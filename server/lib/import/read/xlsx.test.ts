import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openSource, ReadError } from './index.ts';
import { collect, fixture } from './testing.ts';
import { sheetNames } from './xlsx.ts';

async function readError(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ReadError) return err;
    throw err;
  }
  throw new Error('expected a ReadError');
}

describe('an .xlsx workbook with two sheets', () => {
  it('lists its sheets in tab order', async () => {
    expect(await sheetNames(await readFile(fixture('villages_sales_two_sheets.xlsx').path))).toEqual(['villages', 'sales']);
  });

  it('is read from its first sheet by default, numbers as numbers, and says which other sheets it has', async () => {
    const result = await openSource(fixture('villages_sales_two_sheets.xlsx'));
    expect(result.detected).toEqual({ format: 'xlsx', sheet: 'villages' });
    expect(result.warnings).toEqual([{ code: 'sheet_other_sheets', params: { sheet: 'villages', others: 'sales' } }]);
    expect(result.columns).toEqual(['code', 'name_ky', 'name_ru', 'name_en', 'oblast_code', 'rayon_code', 'population', 'households', 'lon', 'lat']);
    const records = await collect(result);
    expect(records[0]).toEqual({
      n: 2,
      values: {
        code: 'KG-V-0001',
        name_ky: 'Базар-Коргон',
        name_ru: 'Базар-Коргон',
        name_en: 'Bazar-Korgon',
        oblast_code: 'KG-J',
        rayon_code: 'KG-J-BAZAR-KORGON',
        population: 41011,
        households: 9114,
        lon: 72.74586,
        lat: 41.0376,
      },
    });
  });

  it('reads a named sheet, with its date cells as YYYY-MM-DD', async () => {
    const result = await openSource(fixture('villages_sales_two_sheets.xlsx'), { sheet: 'sales' });
    expect(result.detected.sheet).toBe('sales');
    const records = await collect(result);
    expect(records.map((r) => r.values)).toEqual([
      { product_code: 'KG-PR-0001', channel: 'fair', month: '2024-03-01', quantity: 285, revenue_kgs: 79913.5 },
      { product_code: 'KG-PR-0002', channel: 'online', month: '2024-04-01', quantity: 120, revenue_kgs: 36000 },
    ]);
  });

  it('a sheet it does not have is sheet_not_found, listing the ones it has', async () => {
    const err = await readError(openSource(fixture('villages_sales_two_sheets.xlsx'), { sheet: 'Лист1' }));
    expect(err).toMatchObject({ code: 'sheet_not_found', params: { sheet: 'Лист1', sheets: 'villages, sales' } });
  });
});

describe('files that are no readable .xlsx', () => {
  it('an old binary .xls is bad_xlsx (xls), so the message can say to save it as .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await readError(openSource({ buffer: ole, name: 'villages.xls' }))).toMatchObject({ code: 'bad_xlsx', params: { detail: 'xls' } });
    expect(await readError(openSource({ buffer: ole, name: 'villages.xlsx' }))).toMatchObject({ code: 'bad_xlsx', params: { detail: 'xls' } });
  });

  it('a zip that holds no workbook but is named .xlsx is read for what it is (here a Shapefile)', async () => {
    const zip = await readFile(fixture('sites_utm43n_shp.zip').path);
    const result = await openSource({ buffer: zip, name: 'sites.xlsx' });
    expect(result.detected.format).toBe('shapefile');
  });

  it('text named .xlsx is bad_xlsx', async () => {
    expect((await readError(openSource({ buffer: Buffer.from('code,name\n'), name: 'book.xlsx' }))).code).toBe('bad_xlsx');
  });

  it('an empty .xlsx is empty_file', async () => {
    expect((await readError(openSource({ buffer: Buffer.alloc(0), name: 'book.xlsx' }))).code).toBe('empty_file');
  });
});
