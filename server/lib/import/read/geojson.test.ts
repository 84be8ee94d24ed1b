import { describe, expect, it } from 'vitest';
import type { Point, Polygon } from 'geojson';
import { openSource, ReadError } from './index.ts';
import { lineColumn } from './geojson.ts';
import { collect, fixture, metresBetween } from './testing.ts';

const json = (value: unknown, name = 'layer.geojson'): { buffer: Buffer; name: string } => ({
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8'),
  name,
});

async function readError(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ReadError) return err;
    throw err;
  }
  throw new Error('expected a ReadError');
}

// Expected lon/lat of the fixture's UTM 43N points, computed apart from this code with GDAL 3.6 / PROJ:
//   printf '314127 4551108\n328423 4525276\n' | gdaltransform -s_srs EPSG:32643 -t_srs EPSG:4326 -output_xy
const KG_J_01 = [72.7869603414746, 41.0900008624205];
const KG_J_02 = [72.9642286216911, 40.8605897369747];

describe('GeoJSON with the old crs member naming UTM 43N', () => {
  it('is converted to lon/lat, each point within a metre of where GDAL puts it', async () => {
    const result = await openSource(fixture('sites_crs_utm43n.geojson'));
    expect(result.detected).toEqual({ format: 'geojson', encoding: 'utf-8', crs: 'EPSG:32643' });
    expect(result.warnings).toEqual([{ code: 'reprojected', params: { from: 'EPSG:32643' } }]);
    const records = await collect(result);
    expect(records.map((r) => r.n)).toEqual([1, 2]);
    expect(metresBetween((records[0]!.geometry as Point).coordinates, KG_J_01)).toBeLessThan(1);
    expect(metresBetween((records[1]!.geometry as Point).coordinates, KG_J_02)).toBeLessThan(1);
  });

  it('keeps the properties as written: numbers stay numbers, Cyrillic stays intact', async () => {
    const result = await openSource(fixture('sites_crs_utm43n.geojson'));
    expect(result.columns).toContain('farmland_at_risk_ha');
    const [first] = await collect(result);
    expect(first!.values).toMatchObject({ code: 'KG-J-01', name_ky: 'Көкчөкөз', households_at_risk: 308, farmland_at_risk_ha: 225.6 });
  });
});

describe('GeoJSON in lon/lat', () => {
  it('a self-intersecting polygon is passed on untouched (repairing it is the import’s job, with a warning)', async () => {
    const result = await openSource(fixture('restoration_self_intersecting.geojson'));
    expect(result.detected.crs).toBe('EPSG:4326');
    expect(result.warnings).toEqual([]);
    const [record] = await collect(result);
    expect(record!.geometry!.type).toBe('Polygon');
    expect((record!.geometry as Polygon).coordinates[0]).toHaveLength(5);
    expect(record!.values.site_code).toBe('KG-J-01');
  });

  it('a single Feature is one record; a CRS84 crs member and a null geometry are fine', async () => {
    const one = await collect(await openSource(json({ type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Point', coordinates: [72, 41] } })));
    expect(one).toEqual([{ n: 1, values: { code: 'A' }, geometry: { type: 'Point', coordinates: [72, 41] } }]);
    const crs84 = await openSource(
      json({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
        features: [{ type: 'Feature', properties: { code: 'B', tags: ['x'] }, geometry: null }],
      }),
    );
    expect(crs84.detected.crs).toBe('EPSG:4326');
    expect(await collect(crs84)).toEqual([{ n: 1, values: { code: 'B', tags: '["x"]' }, geometry: null }]);
  });

  it('every feature has every column, null where its properties lack one', async () => {
    const result = await openSource(
      json({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { code: 'A' }, geometry: null },
          { type: 'Feature', properties: { code: 'B', name_ru: 'Б' }, geometry: null },
        ],
      }),
    );
    expect(result.columns).toEqual(['code', 'name_ru']);
    expect((await collect(result))[0]!.values).toEqual({ code: 'A', name_ru: null });
  });
});

describe('GeoJSON that cannot be read', () => {
  it('broken JSON names the line and column', async () => {
    const err = await readError(openSource(json('{\n  "type": "FeatureCollection",\n  "features": [\n    { "type": "Feature" "properties": {} }\n  ]\n}')));
    expect(err.code).toBe('bad_geojson');
    expect(err.params).toMatchObject({ line: 4, column: 25 });
  });

  it('a file cut off in the middle points at its end', async () => {
    const text = '{"type":"FeatureCollection","features":[{"type":"Feature",';
    const err = await readError(openSource(json(text)));
    expect(err.params).toMatchObject({ line: 1, column: text.length + 1 });
  });

  it('JSON that is not a Feature or FeatureCollection, or a feature that is not a Feature, is refused', async () => {
    expect((await readError(openSource(json({ type: 'Point', coordinates: [1, 2] })))).params).toMatchObject({ detail: 'not_feature_collection' });
    const bad = await readError(openSource(json({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }, { foo: 1 }] })));
    expect(bad.params).toMatchObject({ feature: 2, detail: 'not_a_feature' });
  });

  it('a geometry with a wrong type or wrong coordinates names its feature', async () => {
    const collection = (geometry: unknown): unknown => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });
    const type = await readError(collect(await openSource(json(collection({ type: 'Circle', coordinates: [1, 2] })))));
    expect(type.params).toMatchObject({ feature: 1, detail: 'geometry_type' });
    const coords = await readError(collect(await openSource(json(collection({ type: 'Polygon', coordinates: [1, 2] })))));
    expect(coords.params).toMatchObject({ feature: 1, detail: 'geometry_coordinates' });
  });

  it('a crs member naming a system we do not know is unknown_crs', async () => {
    const err = await readError(openSource(json({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:2000' } }, features: [] })));
    expect(err).toMatchObject({ code: 'unknown_crs', params: { crs: 'EPSG:2000' } });
  });

  it('an empty .geojson is empty_file', async () => {
    expect((await readError(openSource(json('  \n')))).code).toBe('empty_file');
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
