import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openSource, ReadError } from './index.ts';
import { collect, fixture } from './testing.ts';

async function readError(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ReadError) return err;
    throw err;
  }
  throw new Error('expected a ReadError');
}

describe('openSource picks the reader', () => {
  it('a path and an uploaded buffer of the same file read the same', async () => {
    const { path } = fixture('villages_cp1251_semicolon.csv');
    const fromPath = await openSource({ path });
    const fromBuffer = await openSource({ buffer: await readFile(path), name: 'villages.csv' });
    expect(fromBuffer.detected).toEqual(fromPath.detected);
    expect(await collect(fromBuffer)).toEqual(await collect(fromPath));
  });

  it('by content when the name says nothing: a workbook, a zipped Shapefile, GeoJSON, CSV', async () => {
    const as = async (file: string): Promise<string> =>
      (await openSource({ buffer: await readFile(fixture(file).path), name: 'upload' })).detected.format;
    expect(await as('villages_sales_two_sheets.xlsx')).toBe('xlsx');
    expect(await as('sites_utm43n_shp.zip')).toBe('shapefile');
    expect(await as('sites_crs_utm43n.geojson')).toBe('geojson');
    expect(await as('sales_utf8_bom.csv')).toBe('csv');
  });

  it('a workbook renamed .zip is still read as a workbook', async () => {
    const buffer = await readFile(fixture('villages_sales_two_sheets.xlsx').path);
    expect((await openSource({ buffer, name: 'villages.zip' })).detected.format).toBe('xlsx');
  });

  it('a forced format wins over name and content', async () => {
    const buffer = Buffer.from('{"a":1}\n');
    const result = await openSource({ buffer, name: 'data.geojson' }, { format: 'csv' });
    expect(result.detected.format).toBe('csv');
  });

  it('a lone .shp is shp_not_zipped; a binary file of no known kind is unknown_format', async () => {
    const shp = await readError(openSource({ buffer: Buffer.from([0, 0, 0x27, 0x0a, 1, 2, 3]), name: 'sites.shp' }));
    expect(shp).toMatchObject({ code: 'shp_not_zipped', params: { name: 'sites.shp' } });
    const png = await readError(openSource({ buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), name: 'map.png' }));
    expect(png).toMatchObject({ code: 'unknown_format', params: { name: 'map.png' } });
  });

  it('an uploaded name keeps no folders', async () => {
    const err = await readError(openSource({ buffer: Buffer.alloc(0), name: 'C:/Users/aida/Desktop/sales.csv' }));
    expect(err).toMatchObject({ code: 'empty_file', params: { name: 'sales.csv' } });
  });
});
