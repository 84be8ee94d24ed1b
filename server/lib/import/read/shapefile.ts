// A zipped Shapefile: .shp + .dbf + .prj (+ .cpg), as QGIS, ArcGIS and GDAL write it. The .prj is honoured
// (crs.ts): survey data here comes in UTM 42N/43N or Pulkovo 1942 Gauss–Krüger, and is converted to lon/lat.
// The .dbf's text is UTF-8 or Windows-1251: the .cpg says which, else its language byte, else the bytes.
// yauzl reads the archive (it tells a cut-off zip from a non-zip); shpjs parses the .shp and the .dbf.
import { parseDbf, parseShp } from 'shpjs';
import type { Geometry } from 'geojson';
import { crsFromWkt, toWgs84, WGS84, type Crs } from './crs.ts';
import { sniffEncoding } from './detect.ts';
import { allFinite, mapGeometry } from './geometry.ts';
import { errorText, readZipEntries } from './zip.ts';
import type { Source } from './source.ts';
import { ReadError, type CellValue, type ReadOptions, type ReadProblem, type ReadResult, type SourceRecord } from './types.ts';

const WANTED = /\.(shp|shx|dbf|prj|cpg)$/i;

/** The .shp/.dbf/.prj/.cpg entries of a zip, by their full name in the archive. */
export async function unzipShapefileParts(buffer: Buffer): Promise<Map<string, Buffer>> {
  const parts = new Map<string, Buffer>();
  // macOS Finder adds __MACOSX/._name resource forks beside each file: not the data.
  await readZipEntries(buffer, (name) => !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(^|\/)\._/.test(name) && WANTED.test(name), parts);
  return parts;
}
/** The .cpg's code page as a TextDecoder label: "UTF-8", "1251", "ANSI 1251", "CP1251", "windows-1251", "866". */
export function encodingFromCpg(cpg: string): string | undefined {
  const text = cpg.trim().toLowerCase();
  if (!text) return undefined;
  if (/^utf-?8$|^65001$/.test(text)) return 'utf-8';
  const page = /^(?:ansi\s*|cp\s*|windows-)?(\d{3,4})$/.exec(text)?.[1];
  if (page === '866') return 'ibm866';
  const label = page ? `windows-${page}` : text;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** The .dbf's language driver byte (offset 29), for the code pages met here. */
function encodingFromLdid(dbf: Buffer): string | undefined {
  switch (dbf[29]) {
    case 0xc9:
      return 'windows-1251';
    case 0x26:
    case 0x65:
      return 'ibm866';
    default:
      return undefined;
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const dbfValue = (v: unknown): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  // parsedbf builds dates with the local-time constructor: read them back the same way.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : `${v.getFullYear()}-${pad2(v.getMonth() + 1)}-${pad2(v.getDate())}`;
  return String(v);
};

/** The .dbf's field names from its header (32-byte descriptors after the 32-byte header, ended by 0x0D). */
export function dbfFieldNames(dbf: Buffer, encoding: string): string[] {
  const decoder = new TextDecoder(encoding);
  const names: string[] = [];
  for (let offset = 32; offset + 32 <= dbf.length && dbf[offset] !== 0x0d; offset += 32) {
    const raw = dbf.subarray(offset, offset + 11);
    const end = raw.indexOf(0);
    names.push(decoder.decode(end >= 0 ? raw.subarray(0, end) : raw).trim());
  }
  return names;
}

/** The .shp header's bounding box looks like degrees: a file without .prj is then lon/lat. */
function boundsAreDegrees(shp: Buffer): boolean {
  if (shp.length < 68) return false;
  const [xmin, ymin, xmax, ymax] = [36, 44, 52, 60].map((o) => shp.readDoubleLE(o)) as [number, number, number, number];
  return xmin >= -180 && xmax <= 180 && ymin >= -90 && ymax <= 90;
}

const sibling = (parts: Map<string, Buffer>, base: string, ext: string): Buffer | undefined => {
  for (const [name, data] of parts) if (name.toLowerCase() === `${base}.${ext}`.toLowerCase()) return data;
  return undefined;
};

export async function readShapefile(source: Source, options: ReadOptions): Promise<ReadResult> {
  const parts = await unzipShapefileParts(await source.readAll());
  const shpNames = [...parts.keys()].filter((n) => /\.shp$/i.test(n));
  if (shpNames.length === 0) throw new ReadError('no_shp_in_zip', { name: source.name });
  if (shpNames.length > 1) throw new ReadError('several_shp_in_zip', { names: shpNames.join(', ') });
  const shpName = shpNames[0]!;
  const base = shpName.slice(0, -4);
  const shp = parts.get(shpName)!;
  const dbf = sibling(parts, base, 'dbf');
  if (!dbf) throw new ReadError('missing_dbf', { name: `${base}.dbf` });
  const prj = sibling(parts, base, 'prj');
  const cpg = sibling(parts, base, 'cpg');
  const warnings: ReadProblem[] = [];

  let crs: Crs;
  if (prj) crs = crsFromWkt(prj.toString('utf8'));
  else if (boundsAreDegrees(shp)) {
    crs = WGS84;
    warnings.push({ code: 'assumed_wgs84', params: { name: `${base}.prj` } });
  } else throw new ReadError('no_prj', { name: `${base}.prj` });
  if (!crs.wgs84) warnings.push({ code: 'reprojected', params: { from: crs.id } });

  const headerLength = dbf.length >= 10 ? dbf.readUInt16LE(8) : 0;
  let encoding = options.encoding ?? (cpg ? encodingFromCpg(cpg.toString('latin1')) : undefined) ?? encodingFromLdid(dbf);
  if (!encoding) {
    const sniffed = sniffEncoding(dbf.subarray(32, dbf.length));
    encoding = sniffed ?? 'utf-8';
    if (sniffed === 'windows-1251') warnings.push({ code: 'encoding_assumed', params: { encoding: sniffed } });
  }

  let geometries: (Geometry | null)[];
  let rows: Record<string, unknown>[];
  try {
    geometries = parseShp(shp);
    rows = parseDbf(dbf, encoding);
  } catch (err) {
    throw new ReadError('bad_shapefile', { name: shpName, detail: errorText(err) });
  }
  if (headerLength === 0) throw new ReadError('bad_shapefile', { name: `${base}.dbf`, detail: 'no header' });

  const columns = dbfFieldNames(dbf, encoding);
  const convert = toWgs84(crs);
  const count = Math.max(geometries.length, rows.length);

  async function* records(): AsyncGenerator<SourceRecord> {
    for (let i = 0; i < count; i += 1) {
      const n = i + 1;
      const values: SourceRecord['values'] = {};
      for (const column of columns) values[column] = null;
      for (const [key, v] of Object.entries(rows[i] ?? {})) values[key.trim()] = dbfValue(v);
      let geometry = geometries[i] ?? null;
      if (geometry && !crs.wgs84) {
        geometry = mapGeometry(geometry, convert);
        if (!allFinite(geometry)) throw new ReadError('bad_coordinates', { crs: crs.id, feature: n });
      }
      yield { n, values, geometry };
    }
  }

  return {
    detected: { format: 'shapefile', encoding, crs: crs.id },
    columns,
    records: records(),
    warnings,
  };
}
