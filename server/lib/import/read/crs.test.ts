import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { crsFromEpsg, crsFromName, crsFromWkt, toWgs84 } from './crs.ts';
import { ReadError } from './types.ts';
import { fixture, metresBetween } from './testing.ts';

// .prj texts as GDAL 3.6 writes them (ESRI WKT, no codes, no datum shift): `ogr2ogr -f "ESRI Shapefile" -a_srs EPSG:…`.
const ESRI_UTM43N =
  'PROJCS["WGS_1984_UTM_Zone_43N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",75.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_UTM42N = ESRI_UTM43N.replace('Zone_43N', 'Zone_42N').replace('["Central_Meridian",75.0]', '["Central_Meridian",69.0]');
const ESRI_GK13 =
  'PROJCS["Pulkovo_1942_GK_Zone_13",GEOGCS["GCS_Pulkovo_1942",DATUM["D_Pulkovo_1942",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",13500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",75.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe('coordinate systems from a .prj', () => {
  it('ESRI WKT without codes is recognised by its parameters: UTM 42N, 43N and Pulkovo GK zone 13', () => {
    expect(crsFromWkt(ESRI_UTM43N).id).toBe('EPSG:32643');
    expect(crsFromWkt(ESRI_UTM42N).id).toBe('EPSG:32642');
    expect(crsFromWkt(ESRI_GK13).id).toBe('EPSG:28413');
  });

  it('OGC WKT with an outer EPSG authority is read by its code', () => {
    const wkt =
      'PROJCS["Pulkovo 1942 / Gauss-Kruger zone 14",GEOGCS["Pulkovo 1942",DATUM["Pulkovo_1942",SPHEROID["Krassowsky 1940",6378245,298.3,AUTHORITY["EPSG","7024"]],AUTHORITY["EPSG","6284"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4284"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",81],PARAMETER["scale_factor",1],PARAMETER["false_easting",14500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","28414"]]';
    expect(crsFromWkt(wkt).id).toBe('EPSG:28414');
  });

  it('a 3° Gauss–Krüger grid on Pulkovo 1942 keeps its parameters and gains the datum shift', () => {
    const wkt = ESRI_GK13.replace('GK_Zone_13', '3_Degree_GK_CM_72E').replace('13500000.0', '24500000.0').replace('["Central_Meridian",75.0]', '["Central_Meridian",72.0]');
    const crs = crsFromWkt(wkt);
    expect(crs.id).toBe('Pulkovo_1942_3_Degree_GK_CM_72E');
    expect(crs.def).toContain('+lon_0=72');
    expect(crs.def).toContain('+x_0=24500000');
    expect(crs.def).toContain('+towgs84=');
  });

  it('WGS 84 lon/lat needs no conversion', () => {
    const wkt = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(crsFromWkt(wkt)).toMatchObject({ id: 'EPSG:4326', wgs84: true });
  });

  it('an unreadable or empty .prj is unknown_crs', () => {
    expect(() => crsFromWkt('not a projection')).toThrow(ReadError);
    expect(() => crsFromWkt('')).toThrow(ReadError);
  });

  it('the GK zone 13 fixture’s point lands within a metre of GDAL, and 60 m off without the datum shift', () => {
    const prj = crsFromWkt(ESRI_GK13);
    const gdal = [72.7458603147171, 41.0376015058066];
    expect(metresBetween(toWgs84(prj)([13310500, 4547253]), gdal)).toBeLessThan(1);
    const noShift = { ...prj, def: prj.def.replace(/\+towgs84=\S+ /, '') };
    expect(metresBetween(toWgs84(noShift)([13310500, 4547253]), gdal)).toBeGreaterThan(50);
  });

  it('the real fixture’s .prj is the one the tests above copy', async () => {
    // Guards the copies: if the fixture is rebuilt with another GDAL, this says so.
    const { unzipShapefileParts } = await import('./shapefile.ts');
    const parts = await unzipShapefileParts(await readFile(fixture('sites_utm43n_shp.zip').path));
    expect(parts.get('sites_utm43n.prj')!.toString('utf8').trim()).toBe(ESRI_UTM43N);
  });
});

describe('coordinate systems from a GeoJSON crs name or an EPSG code', () => {
  it('reads the spellings GDAL and QGIS write', () => {
    expect(crsFromName('urn:ogc:def:crs:EPSG::32643').id).toBe('EPSG:32643');
    expect(crsFromName('EPSG:32642').id).toBe('EPSG:32642');
    expect(crsFromName('http://www.opengis.net/def/crs/EPSG/0/28413').id).toBe('EPSG:28413');
    expect(crsFromName('urn:ogc:def:crs:OGC:1.3:CRS84').wgs84).toBe(true);
    expect(crsFromName('EPSG:4326').wgs84).toBe(true);
  });

  it('a code outside the known ones is unknown_crs', () => {
    expect(() => crsFromName('EPSG:2000')).toThrow(ReadError);
    expect(crsFromEpsg(2000)).toBeUndefined();
  });

  it('UTM south zones and Gauss–Krüger zones follow their formulas', () => {
    expect(crsFromEpsg(32743)!.def).toContain('+south');
    expect(crsFromEpsg(28412)!.def).toContain('+lon_0=69 ');
    expect(crsFromEpsg(28412)!.def).toContain('+x_0=12500000 ');
  });
});
