// Parsing of the OGC API – Features query parameters that JSON Schema cannot say well (bbox, datetime, property
// filters, unknown parameters) and the choice between JSON and HTML. Every failure is a ParameterError whose
// message names the parameter, the expected form and what was received; the route turns it into a 400.
import { DEFAULT_LIMIT, MAX_LIMIT } from '../../schemas/ogc.ts';
import { COLLECTIONS, filterableProperties, type OgcCollection } from './collections.ts';

export class ParameterError extends Error {
  override name = 'ParameterError';
}


export const clampLimit = (limit: number | undefined): number => Math.min(limit ?? DEFAULT_LIMIT, MAX_LIMIT);

const received = (raw: string) => `; received "${raw}"`;

// ── bbox ───────────────────────────────────────────────────────────────────────────────────
export interface Envelope {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const BBOX_FORM = 'four numbers minLon,minLat,maxLon,maxLat in degrees (WGS 84, CRS84), e.g. 72.5,40.9,73.2,41.3';

/**
 * `minLon,minLat,maxLon,maxLat` → the envelopes to intersect. A box with minLon > maxLon crosses the
 * antimeridian (allowed by the standard) and becomes two envelopes.
 */
export function parseBbox(raw: string): Envelope[] {
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length === 6) {
    throw new ParameterError(
      `Query parameter bbox has six numbers (a 3D box), which this server does not support: give ${BBOX_FORM}${received(raw)}.`,
    );
  }
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) {
    throw new ParameterError(`Query parameter bbox must be ${BBOX_FORM}${received(raw)}.`);
  }
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number) as [number, number, number, number];
  if ([minLon, maxLon].some((x) => x < -180 || x > 180) || [minLat, maxLat].some((y) => y < -90 || y > 90)) {
    throw new ParameterError(
      `Query parameter bbox is out of range: longitudes must be from -180 to 180 and latitudes from -90 to 90 ` +
        `(order minLon,minLat,maxLon,maxLat)${received(raw)}.`,
    );
  }
  if (minLat > maxLat) {
    throw new ParameterError(
      `Query parameter bbox has minLat ${minLat} above maxLat ${maxLat}: the order is minLon,minLat,maxLon,maxLat${received(raw)}.`,
    );
  }
  if (minLon > maxLon) {
    return [
      { minLon, minLat, maxLon: 180, maxLat },
      { minLon: -180, minLat, maxLon, maxLat },
    ];
  }
  return [{ minLon, minLat, maxLon, maxLat }];
}

// ── datetime ───────────────────────────────────────────────────────────────────────────────
/** Inclusive bounds as ISO 8601 UTC instants; null = open. */
export interface Interval {
  from: string | null;
  to: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DATETIME_FORM =
  'an RFC 3339 date-time or date (2024-05-01T00:00:00Z, 2024-05-01), or an interval start/end with ".." for an ' +
  'open end (2024-01-01/2024-12-31, 2024-06-01/.., ../2024-06-30)';

function validDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** One side of an interval: a date stands for its whole day (from its first to its last millisecond, UTC). */
function parseInstant(text: string, side: 'from' | 'to', raw: string): string {
  const bad = () => new ParameterError(`Query parameter datetime must be ${DATETIME_FORM}${received(raw)}.`);
  const date = DATE.exec(text);
  if (date) {
    if (!validDay(date[1]!, date[2]!, date[3]!)) throw bad();
    return `${text}T${side === 'from' ? '00:00:00.000' : '23:59:59.999'}Z`;
  }
  const dt = DATE_TIME.exec(text);
  if (!dt || !validDay(dt[1]!, dt[2]!, dt[3]!) || Number(dt[4]) > 23 || Number(dt[5]) > 59 || Number(dt[6]) > 60) throw bad();
  // A leap second (:60) is read as the last millisecond of that minute.
  const normal = Number(dt[6]) === 60 ? `${dt[1]}-${dt[2]}-${dt[3]}T${dt[4]}:${dt[5]}:59.999${dt[8]}` : text;
  const ms = Date.parse(normal.toUpperCase());
  if (Number.isNaN(ms)) throw bad();
  return new Date(ms).toISOString();
}

const isOpen = (s: string) => s === '..' || s === '';

export function parseDatetime(raw: string): Interval {
  const parts = raw.trim().split('/');
  if (parts.length === 1) {
    const only = parts[0]!;
    if (isOpen(only)) throw new ParameterError(`Query parameter datetime must be ${DATETIME_FORM}${received(raw)}.`);
    return { from: parseInstant(only, 'from', raw), to: parseInstant(only, 'to', raw) };
  }
  if (parts.length !== 2) throw new ParameterError(`Query parameter datetime must be ${DATETIME_FORM}${received(raw)}.`);
  const [a, b] = parts as [string, string];
  const interval = {
    from: isOpen(a) ? null : parseInstant(a, 'from', raw),
    to: isOpen(b) ? null : parseInstant(b, 'to', raw),
  };
  if (interval.from && interval.to && interval.from > interval.to) {
    throw new ParameterError(`Query parameter datetime is an interval that ends before it starts${received(raw)}.`);
  }
  return interval;
}

// ── property filters and unknown parameters ────────────────────────────────────────────────
export const ITEMS_PARAMETERS = ['f', 'bbox', 'datetime', 'limit', 'offset'] as const;

export interface Equality {
  name: string;
  value: string;
}

/**
 * The property filters of an items request (`?hazard_type=mudflow`), from the query's other keys. A key that is
 * neither a standard parameter nor a filter of this collection is a 400 that lists what the collection takes,
 * so a misspelt filter never silently returns everything.
 */
export function parseFilters(collection: OgcCollection, query: Record<string, unknown>): Equality[] {
  const filters = filterableProperties(collection);
  const standard: readonly string[] = collection.temporal ? ITEMS_PARAMETERS : ITEMS_PARAMETERS.filter((p) => p !== 'datetime');
  const out: Equality[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (key === 'datetime' && !collection.temporal) {
      const temporal = COLLECTIONS.filter((c) => c.temporal).map((c) => c.id);
      throw new ParameterError(
        `Query parameter datetime does not apply to collection ${collection.id}, whose features have no time; ` +
          `it works on: ${temporal.join(', ')}.`,
      );
    }
    if ((ITEMS_PARAMETERS as readonly string[]).includes(key)) continue;
    const property = filters.find((p) => p.name === key);
    if (!property) {
      const takes = filters.length ? ` and the property filters ${filters.map((p) => p.name).join(', ')}` : '';
      throw new ParameterError(
        `Query parameter ${key} is not recognised for collection ${collection.id}; its items take ` +
          `${standard.join(', ')}${takes}.`,
      );
    }
    if (typeof value !== 'string') {
      throw new ParameterError(`Query parameter ${key} must be given once, as one value; received ${JSON.stringify(value)}.`);
    }
    if (property.values && !property.values.includes(value)) {
      throw new ParameterError(`Query parameter ${key} must be one of: ${property.values.join(', ')}${received(value)}.`);
    }
    out.push({ name: property.name, value });
  }
  return out;
}

// ── JSON or HTML ───────────────────────────────────────────────────────────────────────────
export type OutputFormat = 'json' | 'html';

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/**
 * `?f=` wins; otherwise HTML only when the Accept header prefers it to JSON (a browser's does: it names text/html
 * explicitly and reaches JSON only through its wildcard). Anything else, or no header, is JSON: GIS clients get what they parse.
 */
export function negotiateFormat(f: OutputFormat | undefined, accept: string | undefined): OutputFormat {
  if (f) return f;
  if (!accept) return 'json';
  let html = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q)) continue;
    if (HTML_TYPES.includes(type)) html = Math.max(html, q);
    else if (type === '*/*' || type === 'application/*' || type.endsWith('json')) json = Math.max(json, q);
  }
  return html > 0 && html > json ? 'html' : 'json';
}
