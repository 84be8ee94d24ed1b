// GeoJSON: a FeatureCollection or a single Feature. RFC 7946 says lon/lat on WGS 84, but files exported by
// older QGIS/GDAL still carry the 2008 `crs` member naming the grid they are in (often UTM 43N): it is
// honoured, and the coordinates converted. Read whole: JSON has no record boundaries to stream on, and
// geodata files for a programme of this size are megabytes, not gigabytes.
import type { Feature, Geometry } from 'geojson';
import { crsFromName, toWgs84, WGS84, type Crs } from './crs.ts';
import { allFinite, mapGeometry } from './geometry.ts';
import type { Source } from './source.ts';
import { ReadError, type CellValue, type ReadProblem, type ReadResult, type SourceRecord } from './types.ts';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Line and column (1-based) of a character offset, as an editor shows them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // V8 says "… in JSON at position 42" (and, from Node 20, "(line 3 column 7)"), or "Unexpected end of JSON input".
    const at = /position (\d+)/.exec(message)?.[1];
    const offset = at !== undefined ? Number(at) : text.length;
    const { line, column } = lineColumn(text, offset);
    throw new ReadError('bad_geojson', { line, column, detail: message.replace(/\s*\(line \d+ column \d+\)/, '') });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isPositionTree(v: unknown, depth: number): boolean {
  if (!Array.isArray(v)) return false;
  if (depth === 0) return v.length >= 2 && v.every((x) => typeof x === 'number');
  return v.every((x) => isPositionTree(x, depth - 1));
}

const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function checkGeometry(g: unknown, feature: number): Geometry | null {
  if (g === null || g === undefined) return null;
  if (!isObject(g) || typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type)) {
    throw new ReadError('bad_geojson', { feature, detail: 'geometry_type' });
  }
  if (g.type === 'GeometryCollection') {
    if (!Array.isArray(g.geometries)) throw new ReadError('bad_geojson', { feature, detail: 'geometry_coordinates' });
    g.geometries.forEach((child) => checkGeometry(child, feature));
  } else if (!isPositionTree(g.coordinates, DEPTH[g.type]!)) {
    throw new ReadError('bad_geojson', { feature, detail: 'geometry_coordinates' });
  }
  return g as unknown as Geometry;
}

const cell = (v: unknown): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return JSON.stringify(v);
};

export async function readGeojson(source: Source): Promise<ReadResult> {
  if (source.size === 0) throw new ReadError('empty_file', { name: source.name });
  const text = (await source.readAll()).toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ReadError('empty_file', { name: source.name });
  const doc = parseJson(text);
  let features: unknown[];
  if (isObject(doc) && doc.type === 'FeatureCollection' && Array.isArray(doc.features)) features = doc.features;
  else if (isObject(doc) && doc.type === 'Feature') features = [doc];
  else throw new ReadError('bad_geojson', { line: 1, column: 1, detail: 'not_feature_collection' });

  let crs: Crs = WGS84;
  const crsName = isObject(doc) && isObject(doc.crs) && isObject(doc.crs.properties) ? doc.crs.properties.name : undefined;
  if (typeof crsName === 'string') crs = crsFromName(crsName);
  else if (isObject(doc) && doc.crs !== undefined && doc.crs !== null) {
    // A linked crs ({"type": "link"}) points at a file we are not given.
    throw new ReadError('unknown_crs', { crs: JSON.stringify(doc.crs).slice(0, 80) });
  }

  const columns: string[] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    if (!isObject(f) || f.type !== 'Feature') throw new ReadError('bad_geojson', { feature: i + 1, detail: 'not_a_feature' });
    if (isObject(f.properties)) {
      for (const key of Object.keys(f.properties)) {
        const name = key.trim();
        if (!seen.has(name)) {
          seen.add(name);
          columns.push(name);
        }
      }
    }
  });

  const warnings: ReadProblem[] = [];
  if (!crs.wgs84) warnings.push({ code: 'reprojected', params: { from: crs.id } });
  const convert = toWgs84(crs);

  async function* records(): AsyncGenerator<SourceRecord> {
    for (const [i, raw] of features.entries()) {
      const f = raw as Feature<Geometry | null, Record<string, unknown> | null>;
      const n = i + 1;
      const values: SourceRecord['values'] = {};
      const props = isObject(f.properties) ? f.properties : {};
      for (const column of columns) values[column] = null;
      for (const [key, v] of Object.entries(props)) values[key.trim()] = cell(v);
      let geometry = checkGeometry(f.geometry, n);
      if (geometry && !crs.wgs84) {
        geometry = mapGeometry(geometry, convert);
        if (!allFinite(geometry)) throw new ReadError('bad_coordinates', { crs: crs.id, feature: n });
      }
      yield { n, values, geometry };
    }
  }

  return {
    detected: { format: 'geojson', encoding: 'utf-8', crs: crs.id },
    columns,
    records: records(),
    warnings,
  };
}
