import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import { openSource, ReadError } from './index.ts';
import { dbfFieldNames, encodingFromCpg } from './shapefile.ts';
import { collect, fixture, metresBetween } from './testing.ts';

async function readError(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ReadError) return err;
    throw err;
  }
  throw new Error('expected a ReadError');
}

// Expected lon/lat, computed apart from this code with GDAL 3.6 / PROJ 9.1 (see test/fixtures/import/README.md):
//   printf '314127 4551108\n328423 4525276\n' | gdaltransform -s_srs EPSG:32643 -t_srs EPSG:4326 -output_xy
//   printf '13310500 4547253\n13301064 4550004\n' | gdaltransform -s_srs EPSG:28413 -t_srs EPSG:4326 -output_xy
const UTM = { 'KG-J-01': [72.7869603414746, 41.0900008624205], 'KG-J-02': [72.9642286216911, 40.8605897369747] };
const GK = { 'KG-V-0001': [72.7458603147171, 41.0376015058066], 'KG-V-0002': [72.6328488537534, 41.0601030697254] };

const pointOf = (geometry: unknown): number[] => (geometry as Point).coordinates;

describe('a zipped Shapefile in UTM 43N (EPSG:32643)', () => {
  it('is reprojected from its .prj, each known point within a metre of where GDAL puts it', async () => {
    const result = await openSource(fixture('sites_utm43n_shp.zip'));
    expect(result.detected).toEqual({ format: 'shapefile', encoding: 'utf-8', crs: 'EPSG:32643' });
    expect(result.warnings).toEqual([{ code: 'reprojected', params: { from: 'EPSG:32643' } }]);
    const records = await collect(result);
    expect(records.map((r) => r.n)).toEqual([1, 2]);
    for (const record of records) {
      const expected = UTM[record.values.code as keyof typeof UTM];
      expect(metresBetween(pointOf(record.geometry), expected)).toBeLessThan(1);
    }
  });

  it('reads the .dbf as UTF-8 (its .cpg says so), with the 10-character field names the format allows', async () => {
    const result = await openSource(fixture('sites_utm43n_shp.zip'));
    expect(result.columns).toEqual([
      'code', 'name_ky', 'name_ru', 'name_en', 'hazard_typ', 'risk_level', 'status', 'oblast_cod', 'rayon_code', 'households', 'farmland_a',
    ]);
    const [first] = await collect(result);
    expect(first!.values).toMatchObject({ code: 'KG-J-01', name_ky: 'Көкчөкөз', households: 308, farmland_a: 225.6 });
  });
});

describe('a zipped Shapefile in Pulkovo 1942 / Gauss–Krüger zone 13 (EPSG:28413), Windows-1251, no .cpg', () => {
  it('is reprojected with the Pulkovo datum shift, within a metre of GDAL (without it, 60 m off)', async () => {
    const result = await openSource(fixture('villages_pulkovo_gk13_shp.zip'));
    expect(result.detected.crs).toBe('EPSG:28413');
    const records = await collect(result);
    for (const record of records) {
      const expected = GK[record.values.code as keyof typeof GK];
      expect(metresBetween(pointOf(record.geometry), expected)).toBeLessThan(1);
    }
  });

  it('reads its Cyrillic as Windows-1251 and says it assumed so', async () => {
    const result = await openSource(fixture('villages_pulkovo_gk13_shp.zip'));
    expect(result.detected.encoding).toBe('windows-1251');
    expect(result.warnings).toContainEqual({ code: 'encoding_assumed', params: { encoding: 'windows-1251' } });
    const records = await collect(result);
    expect(records.map((r) => r.values.name_ru)).toEqual(['Базар-Коргон', 'Массы']);
  });

  it('a forced encoding wins over the guess', async () => {
    const result = await openSource(fixture('villages_pulkovo_gk13_shp.zip'), { encoding: 'utf-8' });
    expect(result.detected.encoding).toBe('utf-8');
    expect(result.warnings.map((w) => w.code)).not.toContain('encoding_assumed');
    const [first] = await collect(result);
    expect(first!.values.name_ru).not.toBe('Базар-Коргон');
  });
});

describe('a Shapefile without .prj', () => {
  it('in degrees is read as WGS 84 with a warning', async () => {
    const result = await openSource(fixture('villages_lonlat_no_prj_shp.zip'));
    expect(result.detected.crs).toBe('EPSG:4326');
    expect(result.warnings).toEqual([{ code: 'assumed_wgs84', params: { name: 'villages_lonlat.prj' } }]);
    const [first] = await collect(result);
    expect(pointOf(first!.geometry)).toEqual([72.74586, 41.0376]);
  });

  it('in metres cannot be placed: no_prj', async () => {
    const err = await readError(openSource(fixture('sites_utm43n_no_prj_shp.zip')));
    expect(err).toMatchObject({ code: 'no_prj', params: { name: 'sites_utm43n.prj' } });
  });
});

describe('zip files that are no Shapefile', () => {
  it('a 0-byte zip is not_a_zip (empty)', async () => {
    expect(await readError(openSource(fixture('empty.zip')))).toMatchObject({ code: 'not_a_zip', params: { detail: 'empty' } });
  });

  it('a zip cut off part-way is truncated_zip', async () => {
    expect((await readError(openSource(fixture('truncated_shp.zip')))).code).toBe('truncated_zip');
  });

  it('a zip whose directory is intact but whose data is damaged is truncated_zip too', async () => {
    const whole = await readFile(fixture('sites_utm43n_shp.zip').path);
    // Overwrite the first entry's deflated data (it starts at byte 46): the directory is intact, the data is not.
    const damaged = Buffer.from(whole);
    damaged.fill(0xff, 46, 96);
    const err = await readError(openSource({ buffer: damaged, name: 'damaged.zip' }));
    expect(err.code).toBe('truncated_zip');
  });

  it('a zip without a .shp is no_shp_in_zip', async () => {
    expect(await readError(openSource(fixture('no_shp.zip')))).toMatchObject({ code: 'no_shp_in_zip', params: { name: 'no_shp.zip' } });
  });

  it('a .shp without its .dbf is missing_dbf', async () => {
    expect(await readError(openSource(fixture('sites_utm43n_no_dbf_shp.zip')))).toMatchObject({
      code: 'missing_dbf',
      params: { name: 'sites_utm43n.dbf' },
    });
  });

  it('a text file named .zip is not_a_zip', async () => {
    const err = await readError(openSource({ buffer: Buffer.from('code,name\n'), name: 'sites.zip' }));
    expect(err.code).toBe('not_a_zip');
  });
});

describe('.dbf details', () => {
  it('a .cpg names its code page in several spellings', () => {
    expect(encodingFromCpg('UTF-8\n')).toBe('utf-8');
    expect(encodingFromCpg('65001')).toBe('utf-8');
    expect(encodingFromCpg('1251')).toBe('windows-1251');
    expect(encodingFromCpg('ANSI 1251')).toBe('windows-1251');
    expect(encodingFromCpg('CP1251')).toBe('windows-1251');
    expect(encodingFromCpg('866')).toBe('ibm866');
    expect(encodingFromCpg('')).toBeUndefined();
    expect(encodingFromCpg('klingon')).toBeUndefined();
  });

  it('field names come from the header even when the table has no records', () => {
    const header = Buffer.alloc(32 + 32 * 2 + 1);
    header.write('code', 32, 'latin1');
    header.write('name', 64, 'latin1');
    header[96] = 0x0d;
    expect(dbfFieldNames(header, 'utf-8')).toEqual(['code', 'name']);
  });
});
