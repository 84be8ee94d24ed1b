// Coordinate systems met in Kyrgyz survey and GIS files, turned into proj4 definitions.
//
// Why not just proj4(wkt): a .prj written by ArcGIS, QGIS or GDAL is ESRI WKT, which names the datum but never
// carries the datum shift. For WGS 84 grids (UTM 42N/43N) that is harmless; for Pulkovo 1942 (the Soviet
// datum of Gauss–Krüger maps still used by cadastre and MES surveyors) it puts every point tens of metres
// off (60 m in Jalal-Abad).
// So a known system is recognised (by its EPSG code, or by its parameters when the .prj has no code) and
// read with the datum shift PROJ chooses for it, so a point lands where QGIS, ogr2ogr and PostGIS's
// ST_Transform put it.
import proj4 from 'proj4';
import { ReadError } from './types.ts';

export interface Crs {
  /** 'EPSG:32643', or the .prj's own name when it has no code we know. */
  id: string;
  /** A proj4 string, or the WKT itself. */
  def: string;
  /** Already lon/lat on WGS 84: nothing to convert. */
  wgs84: boolean;
}

/**
 * Pulkovo 1942 → WGS 84: the Helmert parameters PROJ (9.1, via GDAL 3.6 and PostGIS 3.3's ST_Transform) uses for
 * EPSG:4284 and the Gauss–Krüger zones 28402–28432 (`gdalsrsinfo -o proj4 EPSG:28413`). spatial_ref_sys's older
 * proj4text (23.92,-141.27,-80.9,…) differs by about 3 m here; PROJ's choice is what a person's GIS shows.
 */
export const PULKOVO_1942_TOWGS84 = '25,-141,-78.5,0,0.35,0.736,0';

export const WGS84: Crs = { id: 'EPSG:4326', def: '+proj=longlat +datum=WGS84 +no_defs', wgs84: true };

/** The definition of an EPSG code this reader knows, else undefined. */
export function crsFromEpsg(code: number): Crs | undefined {
  const id = `EPSG:${code}`;
  if (code === 4326) return WGS84;
  if (code === 4284) return { id, def: `+proj=longlat +ellps=krass +towgs84=${PULKOVO_1942_TOWGS84} +no_defs`, wgs84: false };
  if (code === 3857) {
    return {
      id,
      def: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
      wgs84: false,
    };
  }
  // WGS 84 / UTM zone NN N (326NN) and S (327NN): 42N and 43N cover Kyrgyzstan, 44N its far east.
  if (code >= 32601 && code <= 32660) return { id, def: `+proj=utm +zone=${code - 32600} +datum=WGS84 +units=m +no_defs`, wgs84: false };
  if (code >= 32701 && code <= 32760) {
    return { id, def: `+proj=utm +zone=${code - 32700} +south +datum=WGS84 +units=m +no_defs`, wgs84: false };
  }
  // Pulkovo 1942 / Gauss-Kruger zone Z (284ZZ, Z = 2…32): 6° zones, central meridian 6Z−3, false easting Z·10⁶ + 500 km.
  // Kyrgyzstan lies in zones 12 (66–72° E), 13 (72–78° E) and 14 (78–84° E).
  if (code >= 28402 && code <= 28432) return { id, def: gaussKruger(code - 28400), wgs84: false };
  return undefined;
}

const gaussKruger = (zone: number): string =>
  `+proj=tmerc +lat_0=0 +lon_0=${zone * 6 - 3} +k=1 +x_0=${zone * 1e6 + 500000} +y_0=0 +ellps=krass ` +
  `+towgs84=${PULKOVO_1942_TOWGS84} +units=m +no_defs`;

/** "EPSG:32643", "urn:ogc:def:crs:EPSG::32643", "http://www.opengis.net/def/crs/EPSG/0/32643", "…CRS84". */
export function crsFromName(name: string): Crs {
  const trimmed = name.trim();
  if (/(?:^|[:/])CRS:?84$/i.test(trimmed) || /OGC(?::[\d.]*)?:CRS84$/i.test(trimmed)) return WGS84;
  const code = /EPSG(?::+|\/\d+\/|\/)(\d{4,6})$/i.exec(trimmed)?.[1];
  const known = code ? crsFromEpsg(Number(code)) : undefined;
  if (!known) throw new ReadError('unknown_crs', { crs: trimmed });
  return known;
}

// --- WKT (.prj) -------------------------------------------------------------------------------------------------

const unquote = (s: string | undefined): string => (s ?? '').replace(/^"|"$/g, '');

/** The parameters that identify a system, read from WKT1 (OGC or ESRI flavour) with a few patterns. */
interface WktFacts {
  kind: 'PROJCS' | 'GEOGCS' | undefined;
  name: string;
  /** The outermost AUTHORITY["EPSG", n] (the last one in WKT1), if any. */
  epsg?: number;
  datum: string;
  projection: string;
  params: Record<string, number>;
}

function wktFacts(wkt: string): WktFacts {
  const kind = /^\s*(PROJCS|GEOGCS)\s*\[/i.exec(wkt)?.[1]?.toUpperCase() as WktFacts['kind'];
  const name = unquote(/^\s*\w+\s*\[\s*("[^"]*")/.exec(wkt)?.[1]);
  const authorities = [...wkt.matchAll(/AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  const last = authorities.at(-1);
  // Only the last AUTHORITY closes the outer object; it must be followed by nothing but the final bracket(s).
  const epsg = last && /^\s*\]\s*$/.test(wkt.slice((last.index ?? 0) + last[0].length)) ? Number(last[1]) : undefined;
  const datum = unquote(/DATUM\s*\[\s*("[^"]*")/i.exec(wkt)?.[1]);
  const projection = unquote(/PROJECTION\s*\[\s*("[^"]*")/i.exec(wkt)?.[1]);
  const params: Record<string, number> = {};
  for (const m of wkt.matchAll(/PARAMETER\s*\[\s*"([^"]+)"\s*,\s*([-+\d.eE]+)\s*\]/gi)) {
    params[m[1]!.toLowerCase()] = Number(m[2]);
  }
  return { kind, name, ...(epsg !== undefined ? { epsg } : {}), datum, projection, params };
}

const isWgs84Datum = (datum: string): boolean => /wgs[_ ]?(19)?84/i.test(datum);
const isPulkovoDatum = (datum: string): boolean => /pulkovo[_ ]?1942/i.test(datum);
const near = (a: number | undefined, b: number, tolerance = 1e-6): boolean => a !== undefined && Math.abs(a - b) <= tolerance;

/** A known system from a .prj's parameters, when it carries no EPSG code (ESRI WKT never does). */
function recogniseWkt(facts: WktFacts, wkt: string): Crs | undefined {
  if (facts.kind === 'GEOGCS') {
    if (isWgs84Datum(facts.datum)) return WGS84;
    if (isPulkovoDatum(facts.datum)) return crsFromEpsg(4284);
    return undefined;
  }
  const p = facts.params;
  const tm = /transverse[_ ]mercator|gauss[_ ]kruger/i.test(facts.projection);
  const cm = p['central_meridian'];
  const fe = p['false_easting'];
  const k = p['scale_factor'];
  if (!tm || cm === undefined || fe === undefined || !near(p['false_northing'] ?? 0, 0) || !near(p['latitude_of_origin'] ?? 0, 0)) {
    return undefined;
  }
  // The projected unit is the last UNIT (the GEOGCS's degree comes before it): only metres are recognised.
  const unit = [...wkt.matchAll(/UNIT\s*\[\s*"[^"]*"\s*,\s*([-+\d.eE]+)/gi)].at(-1);
  if (!unit || !near(Number(unit[1]), 1)) return undefined;
  if (isWgs84Datum(facts.datum) && near(k, 0.9996) && near(fe, 500000)) {
    const zone = (cm + 183) / 6;
    if (Number.isInteger(zone) && zone >= 1 && zone <= 60) return crsFromEpsg(32600 + zone);
  }
  if (isPulkovoDatum(facts.datum) && near(k ?? 1, 1)) {
    const zone = (cm + 3) / 6;
    if (Number.isInteger(zone) && near(fe, zone * 1e6 + 500000)) return crsFromEpsg(28400 + zone);
    // Any other Gauss–Krüger grid on Pulkovo 1942 (3° zones, or a false easting without the zone prefix):
    // its own parameters with the datum shift the .prj leaves out.
    return {
      id: facts.name || 'Pulkovo 1942 Gauss-Kruger',
      def: `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=${k ?? 1} +x_0=${fe} +y_0=0 +ellps=krass +towgs84=${PULKOVO_1942_TOWGS84} +units=m +no_defs`,
      wgs84: false,
    };
  }
  return undefined;
}

/**
 * The system a .prj describes. Known codes and parameters get the atlas's definitions; anything else proj4
 * can read is used as written (its id is the WKT's name); what proj4 cannot read is an unknown_crs.
 */
export function crsFromWkt(wkt: string): Crs {
  const text = wkt.replace(/^\uFEFF/, '').trim();
  if (!text) throw new ReadError('unknown_crs', { crs: '(empty .prj)' });
  const facts = wktFacts(text);
  const byCode = facts.epsg !== undefined ? crsFromEpsg(facts.epsg) : undefined;
  const known = byCode ?? recogniseWkt(facts, text);
  if (known) return known;
  try {
    proj4(text, WGS84.def);
  } catch {
    throw new ReadError('unknown_crs', { crs: facts.name || text.slice(0, 80) });
  }
  return { id: facts.epsg !== undefined ? `EPSG:${facts.epsg}` : facts.name || 'custom', def: text, wgs84: false };
}

/** A function from the system's x/y to WGS 84 lon/lat. */
export function toWgs84(crs: Crs): (xy: readonly number[]) => number[] {
  if (crs.wgs84) return (xy) => [...xy];
  const converter = proj4(crs.def, WGS84.def);
  return (xy) => {
    const [lon, lat] = converter.forward([xy[0]!, xy[1]!]);
    return xy.length > 2 ? [lon!, lat!, ...xy.slice(2)] : [lon!, lat!];
  };
}
