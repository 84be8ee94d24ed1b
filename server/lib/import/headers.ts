// Which column of a file is which field of a dataset. A header matches a field by its name (revenue_kgs), one of
// its aliases (выручка, lon, долгота) or its label in any language ("Выручка, сом"), ignoring case, ё/е,
// punctuation and spacing; so a template filled in Russian imports as well as one with the column names.
import { isGeometry } from './datasets/index.ts';
import type { DatasetDef, FieldDef } from './types.ts';
import { LANGS } from './types.ts';

/** Lower case, ё → е, anything but letters and digits → one space, trimmed; a BOM is dropped. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every normalized header a field accepts. */
export function headerNames(f: FieldDef): string[] {
  const names = [f.name, ...(f.aliases ?? []), ...LANGS.map((lang) => f.label[lang])];
  return [...new Set(names.map(normalizeHeader))];
}

export interface ColumnMap {
  /** field name → the file's column holding it */
  columns: Map<string, string>;
  /** the file's columns that match no field */
  unknown: string[];
  /** two or more of the file's columns matching one field */
  duplicates: { field: FieldDef; columns: string[] }[];
}

export function mapColumns(def: DatasetDef, fileColumns: readonly string[]): ColumnMap {
  const byHeader = new Map<string, FieldDef>();
  // Field names first: a column named exactly like a field is that field, whatever another field's alias says.
  for (const f of def.fields) byHeader.set(normalizeHeader(f.name), f);
  for (const f of def.fields) for (const name of headerNames(f)) if (!byHeader.has(name)) byHeader.set(name, f);

  const found = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const column of fileColumns) {
    const f = byHeader.get(normalizeHeader(column)) ?? truncatedMatch(def, column);
    if (!f) unknown.push(column);
    else found.set(f.name, [...(found.get(f.name) ?? []), column]);
  }
  const columns = new Map<string, string>();
  const duplicates: ColumnMap['duplicates'] = [];
  for (const [name, cols] of found) {
    if (cols.length > 1) duplicates.push({ field: def.fields.find((f) => f.name === name)!, columns: cols });
    columns.set(name, cols[0]!);
  }
  return { columns, unknown, duplicates };
}

/** dBASE (a Shapefile's .dbf) cuts column names to 10 characters: hazard_typ, oblast_cod, farmland_a. */
const DBF_NAME_LENGTH = 10;

/** A 10-character header that begins exactly one field's name or alias is that field. */
function truncatedMatch(def: DatasetDef, column: string): FieldDef | undefined {
  if (column.length !== DBF_NAME_LENGTH) return undefined;
  const prefix = normalizeHeader(column);
  const matches = def.fields.filter((f) => [f.name, ...(f.aliases ?? [])].some((name) => normalizeHeader(name).startsWith(prefix)));
  return matches.length === 1 ? matches[0] : undefined;
}

export interface GeometrySources {
  /** The format carries a geometry per feature (GeoJSON, Shapefile). */
  featureGeometry: boolean;
}

/**
 * The required fields a file cannot fill at all: no column for them, and no geometry, default or derivation
 * that could stand in. Reported once for the file rather than once per row.
 */
export function missingFields(def: DatasetDef, map: ColumnMap, { featureGeometry }: GeometrySources): FieldDef[] {
  const has = (name: string) => map.columns.has(name);
  const hasLonLat = has('lon') && has('lat');
  return def.fields.filter((f) => {
    if (!f.required || f.default !== undefined || f.derive === 'oblast' || f.derive === 'keep_on_update') return false;
    if (f.type === 'point') {
      if (featureGeometry || hasLonLat) return false;
      // A site's point can come from its zone.
      return !(f.derive === 'point_on_zone' && def.fields.some((z) => z.type === 'multipolygon' && has(z.name)));
    }
    if (f.type === 'multipolygon') return !featureGeometry && !has(f.name);
    return !isGeometry(f) && !has(f.name);
  });
}
