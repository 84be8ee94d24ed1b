// Composes the items / count / one / extent statements of a collection around its source statement from
// server/sql/ogc.sql (as pg_tileserv does around a table): identifiers only from the registry, quoted; values
// only as $n parameters; the shape of the SQL depends on which filters are present, never on their values.
import type { OgcCollection } from './collections.ts';
import type { Envelope, Equality, Interval } from './params.ts';
import { ident } from '../sql.ts';

export interface ItemFilter {
  envelopes?: readonly Envelope[];
  interval?: Interval;
  equals?: readonly Equality[];
}

export interface Statement {
  text: string;
  values: unknown[];
}

const from = (source: string) => `FROM (\n${source}\n) AS f`;

function where(collection: OgcCollection, filter: ItemFilter, values: unknown[]): string {
  const param = (value: unknown, type: string) => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  const conditions: string[] = [];
  if (filter.envelopes?.length) {
    const boxes = filter.envelopes.map(
      (e) =>
        `ST_Intersects(f.geom, ST_MakeEnvelope(${param(e.minLon, 'float8')}, ${param(e.minLat, 'float8')}, ` +
        `${param(e.maxLon, 'float8')}, ${param(e.maxLat, 'float8')}, 4326))`,
    );
    conditions.push(boxes.length === 1 ? boxes[0]! : `(${boxes.join(' OR ')})`);
  }
  if (filter.interval) {
    if (!collection.temporal) throw new Error(`collection ${collection.id} has no time`);
    // A feature's time is [t_start, t_end] (t_end NULL = still going); it matches when it meets the interval.
    conditions.push('f.t_start IS NOT NULL');
    if (filter.interval.from) conditions.push(`(f.t_end IS NULL OR f.t_end >= ${param(filter.interval.from, 'timestamptz')})`);
    if (filter.interval.to) conditions.push(`f.t_start <= ${param(filter.interval.to, 'timestamptz')}`);
  }
  for (const { name, value } of filter.equals ?? []) {
    const property = collection.properties.find((p) => p.name === name && p.filter);
    if (!property) throw new Error(`collection ${collection.id} has no filter "${name}"`);
    conditions.push(`f.${ident(property.name)} = ${param(value, 'text')}`);
  }
  return conditions.length ? `WHERE ${conditions.join('\n   AND ')}` : '';
}

function columns(collection: OgcCollection): string {
  return [
    'f.id AS ogc_id',
    'ST_AsGeoJSON(f.geom, 6)::json AS ogc_geometry',
    ...collection.properties.map((p) => `f.${ident(p.name)}`),
  ].join(', ');
}

export function itemsStatement(
  collection: OgcCollection,
  source: string,
  filter: ItemFilter,
  page: { limit: number; offset: number },
): Statement {
  const values: unknown[] = [];
  const condition = where(collection, filter, values);
  values.push(page.limit, page.offset);
  const text = `SELECT ${columns(collection)}\n${from(source)}\n${condition}\nORDER BY f.id\nLIMIT $${values.length - 1} OFFSET $${values.length}`;
  return { text, values };
}

export function countStatement(collection: OgcCollection, source: string, filter: ItemFilter): Statement {
  const values: unknown[] = [];
  const condition = where(collection, filter, values);
  return { text: `SELECT count(*)::int AS n\n${from(source)}\n${condition}`, values };
}

export function oneStatement(collection: OgcCollection, source: string, id: string): Statement {
  return { text: `SELECT ${columns(collection)}\n${from(source)}\nWHERE f.id = $1::text`, values: [id] };
}

/** Bounding box of all features and, for a temporal collection, the first and last instants (null = open). */
export function extentStatement(collection: OgcCollection, source: string): Statement {
  const time = collection.temporal
    ? 'min(f.t_start) AS t_min, ' +
      'CASE WHEN bool_or(f.t_start IS NOT NULL AND f.t_end IS NULL) THEN NULL ELSE max(f.t_end) END AS t_max'
    : 'NULL::timestamptz AS t_min, NULL::timestamptz AS t_max';
  const text =
    'SELECT ST_XMin(e.box)::float8 AS min_lon, ST_YMin(e.box)::float8 AS min_lat, ' +
    'ST_XMax(e.box)::float8 AS max_lon, ST_YMax(e.box)::float8 AS max_lat, e.t_min, e.t_max\n' +
    `FROM (SELECT ST_Extent(f.geom) AS box, ${time}\n${from(source)}) AS e`;
  return { text, values: [] };
}
