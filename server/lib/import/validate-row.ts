// One record of a file → the values to stage for the database, and every problem the row has that can be seen
// without the database: required cells, types, vocabularies, ranges, coordinates in Kyrgyzstan's box, geometry
// types, cross-field rules. What needs the database (references, the country outline, geometry validity,
// duplicates against the table) is checked afterwards in SQL (checks.ts).
import type { Geometry, Position } from 'geojson';
import { storedFields } from './datasets/index.ts';
import type { ColumnMap } from './headers.ts';
import { word } from './messages.ts';
import {
  cellText,
  inKyrgyzstanBox,
  isEmpty,
  parseBoolean,
  parseCode,
  parseDate,
  parseDecimal,
  parseInteger,
  parseMonth,
  parseSource,
  parseYear,
  type Parsed,
} from './parse.ts';
import type { CellValue, SourceRecord } from './read/types.ts';
import type { DatasetDef, FieldDef, Lang, Severity } from './types.ts';
import { describeVocab, matchVocab } from './vocab.ts';

export type StagedValue = string | number | boolean | null;

export interface RowProblem {
  severity: Severity;
  code: string;
  field?: string;
  value?: string;
  params: Record<string, string | number>;
}

export interface RowContext {
  def: DatasetDef;
  map: ColumnMap;
  decimal: '.' | ',';
  lang: Lang;
  /** Columns the stage table has (stageColumns): only these are filled. */
  columns: readonly string[];
  /** The source a row without a source_id cell cites. */
  source: string;
}

export interface ValidatedRow {
  /** Stage values by column; geometry columns hold GeoJSON or WKT text for SQL to parse. */
  values: Record<string, StagedValue>;
  problems: RowProblem[];
  /** The natural key as one string, or null when a key cell is missing or wrong. */
  key: string | null;
}

/** Columns are staged when the file can fill them: mapped, keys, every row's source and sample flag, geometry. */
export function stageColumns(def: DatasetDef, map: ColumnMap, featureGeometry: boolean): string[] {
  const hasLonLat = map.columns.has('lon') && map.columns.has('lat');
  return storedFields(def)
    .filter((f) => {
      if (map.columns.has(f.name) || def.key.includes(f.name)) return true;
      if (f.name === 'source_id' || f.name === 'is_sample' || f.derive === 'oblast') return true;
      if (f.type === 'point') return featureGeometry || hasLonLat || f.derive === 'point_on_zone';
      if (f.type === 'multipolygon') return featureGeometry;
      return false;
    })
    .map((f) => f.name);
}

const problem = (code: string, f: FieldDef | undefined, value: string | undefined, params: Record<string, string | number> = {}): RowProblem => ({
  severity: 'error',
  code,
  ...(f ? { field: f.name } : {}),
  ...(value !== undefined ? { value } : {}),
  params,
});

const formatNumber = (n: number, decimal: '.' | ','): string => (decimal === ',' ? String(n).replace('.', ',') : String(n));

export function validateRow(ctx: RowContext, record: SourceRecord): ValidatedRow {
  const { def, map, decimal, lang } = ctx;
  const problems: RowProblem[] = [];
  const values: Record<string, StagedValue> = {};
  const wanted = new Set(ctx.columns);
  const cell = (name: string): CellValue | undefined => {
    const column = map.columns.get(name);
    return column === undefined ? undefined : record.values[column];
  };

  if (record.extra?.length) problems.push(problem('row_too_long', undefined, record.extra.join(' | '), { extra: record.extra.join(' | ') }));
  if (record.missing?.length) problems.push({ ...problem('row_too_short', undefined, undefined, { missing: record.missing.join(', ') }), severity: 'warning' });

  for (const f of def.fields) {
    if (f.type === 'point' || f.type === 'multipolygon' || f.type === 'lon' || f.type === 'lat') continue;
    if (!wanted.has(f.name)) continue;
    const raw = cell(f.name);
    if (isEmpty(raw)) {
      if (f.name === 'source_id') values[f.name] = ctx.source;
      else if (f.default !== undefined) values[f.name] = f.default;
      else {
        values[f.name] = null;
        // A derived oblast is checked after derivation (checks.ts); a missing column was reported for the file.
        if (f.required && f.derive !== 'oblast' && map.columns.has(f.name)) problems.push(problem('required', f, ''));
      }
      continue;
    }
    const parsed = parseField(f, raw, decimal, lang);
    if (parsed.ok) values[f.name] = parsed.value;
    else {
      values[f.name] = null;
      problems.push(problem(parsed.code, f, cellText(raw), expectedParams(f, parsed.params ?? {}, decimal, lang)));
    }
  }

  geometry(ctx, record, cell, values, problems);
  rules(ctx, values, problems);

  const keyParts = def.key.map((k) => values[k]);
  const keyBroken = def.key.some((k, i) => keyParts[i] === null && !(k === 'region_code' && !problems.some((p) => p.field === k)));
  return { values, problems, key: keyBroken ? null : keyParts.map((v) => (v === null ? '' : String(v))).join(' · ') };
}

function parseField(f: FieldDef, raw: CellValue, decimal: '.' | ',', lang: Lang): Parsed<StagedValue> {
  switch (f.type) {
    case 'code':
      return parseCode(raw);
    case 'source':
      return parseSource(raw);
    case 'text':
      return { ok: true, value: cellText(raw) };
    case 'boolean':
      return parseBoolean(raw);
    case 'enum': {
      const code = matchVocab(f.vocab!, cellText(raw));
      return code ? { ok: true, value: code } : { ok: false, code: 'not_in_list', params: { allowed: describeVocab(f.vocab!, lang) } };
    }
    case 'date':
    case 'month': {
      const parsed = f.type === 'date' ? parseDate(raw) : parseMonth(raw);
      if (!parsed.ok) return parsed;
      return withinYears(f, Number(parsed.value.slice(0, 4))) ?? parsed;
    }
    case 'year': {
      const parsed = parseYear(raw, decimal);
      if (!parsed.ok) return parsed;
      return withinYears(f, parsed.value) ?? parsed;
    }
    case 'integer':
    case 'decimal': {
      const parsed = f.type === 'integer' ? parseInteger(raw, decimal) : parseDecimal(raw, decimal);
      if (!parsed.ok) return parsed;
      const n = Number(parsed.value);
      if (f.min !== undefined && (n < f.min || (f.exclusiveMin && n === f.min))) {
        return { ok: false, code: f.exclusiveMin ? 'not_positive' : f.min === 0 ? 'negative' : 'too_small', params: { min: f.min } };
      }
      if (f.max !== undefined && n > f.max) return { ok: false, code: 'too_large', params: { max: f.max } };
      return parsed;
    }
    default:
      return { ok: false, code: 'not_in_list', params: { allowed: '' } };
  }
}

function withinYears(f: FieldDef, year: number): Parsed<StagedValue> | null {
  if ((f.min !== undefined && year < f.min) || (f.max !== undefined && year > f.max)) {
    return { ok: false, code: 'year_out_of_range', params: { min: f.min ?? 0, max: f.max ?? 9999 } };
  }
  return null;
}

/** The params the expected text needs: the example number in the file's decimal style, a code example. */
function expectedParams(f: FieldDef, params: Record<string, string | number>, decimal: '.' | ',', lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params, decimal };
  if (f.type === 'decimal' || f.type === 'integer') out.example = formatNumber(typeof f.example === 'number' ? f.example : 1234.5, decimal);
  if (f.type === 'code') {
    out.example = typeof f.example === 'string' ? f.example : 'KG-J-01';
    out.hint = typeof params.letters === 'string' ? word('cyrillic_hint', lang).replace('{{letters}}', params.letters) : '';
  }
  return out;
}

function geometry(
  ctx: RowContext,
  record: SourceRecord,
  cell: (name: string) => CellValue | undefined,
  values: Record<string, StagedValue>,
  problems: RowProblem[],
): void {
  const { def, map, decimal, lang } = ctx;
  const point = def.fields.find((f) => f.type === 'point');
  const polygon = def.fields.find((f) => f.type === 'multipolygon');
  const wanted = (f: FieldDef | undefined): f is FieldDef => f !== undefined && ctx.columns.includes(f.name);
  if (wanted(point)) values[point.name] = null;
  if (wanted(polygon)) values[polygon.name] = null;

  const g = record.geometry ?? null;
  if (g) {
    const single = g.type === 'MultiPoint' && g.coordinates.length === 1 ? ({ type: 'Point', coordinates: g.coordinates[0]! } as const) : g;
    const target = single.type === 'Point' ? point : single.type === 'Polygon' || single.type === 'MultiPolygon' ? polygon : undefined;
    if (!target) {
      const expected = [point, polygon].filter((f) => f !== undefined).map((f) => word(f.type, lang)).join(` ${word('or', lang)} `);
      problems.push(problem('geometry_wrong_type', point ?? polygon, g.type, { found: g.type, expected }));
    } else if (checkInBox(single, target, problems)) {
      values[target.name] = JSON.stringify(single);
    }
  }

  // lon/lat columns give the point when the feature has none (CSV, xlsx, or a polygon feature of a site).
  if (wanted(point) && values[point.name] === null && map.columns.has('lon') && map.columns.has('lat')) {
    const lonCell = cell('lon');
    const latCell = cell('lat');
    if (!isEmpty(lonCell) || !isEmpty(latCell)) {
      const lon = isEmpty(lonCell) ? null : parseDecimal(lonCell, decimal);
      const lat = isEmpty(latCell) ? null : parseDecimal(latCell, decimal);
      const lonField = def.fields.find((f) => f.type === 'lon');
      const latField = def.fields.find((f) => f.type === 'lat');
      if (!lon) problems.push(problem('required', lonField, ''));
      else if (!lon.ok) problems.push(problem('not_a_number', lonField, cellText(lonCell!), { decimal, example: formatNumber(72.7, decimal) }));
      if (!lat) problems.push(problem('required', latField, ''));
      else if (!lat.ok) problems.push(problem('not_a_number', latField, cellText(latCell!), { decimal, example: formatNumber(41.1, decimal) }));
      if (lon?.ok && lat?.ok) {
        const p: Geometry = { type: 'Point', coordinates: [Number(lon.value), Number(lat.value)] };
        if (checkInBox(p, point, problems)) values[point.name] = JSON.stringify(p);
      }
    }
  }

  // WKT or GeoJSON text in a polygon column (CSV, xlsx): parsed and checked in SQL.
  if (wanted(polygon) && values[polygon.name] === null && map.columns.has(polygon.name)) {
    const raw = cell(polygon.name);
    if (!isEmpty(raw)) values[polygon.name] = cellText(raw);
  }

  for (const f of [point, polygon]) {
    if (!wanted(f) || values[f.name] !== null || !f.required) continue;
    if (problems.some((p) => p.field === f.name || (f.type === 'point' && (p.field === 'lon' || p.field === 'lat')))) continue;
    // A site may leave out its point when it has a zone, and its zone when it already exists (checks.ts decides).
    if (f.derive === 'point_on_zone' && polygon && values[polygon.name] !== null && values[polygon.name] !== undefined) continue;
    if (f.derive === 'keep_on_update') continue;
    problems.push(problem('geometry_missing', f, '', { expected: word(f.type, lang) }));
  }
}

/** Every coordinate within Kyrgyzstan's box (the outline is checked in SQL); a swapped lon/lat is named as such. */
function checkInBox(g: Geometry, f: FieldDef, problems: RowProblem[]): boolean {
  const outside = firstOutside(g);
  if (!outside) return true;
  const [lon, lat] = outside as [number, number];
  const swapped = inKyrgyzstanBox(lat, lon);
  problems.push(problem(swapped ? 'coordinates_swapped' : 'outside_kyrgyzstan', f, `${lon}, ${lat}`, { lon, lat }));
  return false;
}

function firstOutside(g: Geometry): Position | null {
  const positions: Position[] =
    g.type === 'Point' ? [g.coordinates]
    : g.type === 'Polygon' ? g.coordinates.flat()
    : g.type === 'MultiPolygon' ? g.coordinates.flat(2)
    : [];
  for (const p of positions) {
    const [lon, lat] = p;
    if (typeof lon !== 'number' || typeof lat !== 'number' || !inKyrgyzstanBox(lon, lat)) return p;
  }
  return null;
}

function rules(ctx: RowContext, values: Record<string, StagedValue>, problems: RowProblem[]): void {
  const label = (name: string) => ctx.def.fields.find((f) => f.name === name)?.label[ctx.lang] ?? name;
  for (const rule of ctx.def.rules ?? []) {
    const a = values[rule.field];
    const b = values[rule.kind === 'at_most' ? rule.limit : rule.start];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    const f = ctx.def.fields.find((x) => x.name === rule.field);
    if (rule.kind === 'at_most' && Number(a) > Number(b)) {
      problems.push(problem('at_most', f, String(a), { field: label(rule.field), limit: label(rule.limit), value: String(a), limitValue: String(b) }));
    }
    if (rule.kind === 'not_before' && String(a) < String(b)) {
      problems.push(problem('not_before', f, String(a), { start: String(b) }));
    }
  }
}

