// Turns the JSON rows of a response into flat CSV records: nested objects become columns joined by "_"
// (name → name_ky, name_ru, name_en), arrays become "; "-joined text, and each row's source
// (sourceId or sourceIds) moves to two last columns, source_id and source_title.
export type Cell = string | number | boolean | null;
export type FlatRecord = Record<string, Cell>;

/** A row as a route hands it to the exporter: any JSON object. */
export type ExportRow = { readonly [key: string]: unknown };

const SOURCE_KEYS = new Set(['sourceId', 'sourceIds']);
export const SOURCE_COLUMNS = ['source_id', 'source_title'] as const;

function flattenInto(out: FlatRecord, prefix: string, value: unknown): void {
  if (value === null || value === undefined) {
    out[prefix] = null;
  } else if (Array.isArray(value)) {
    out[prefix] = value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join('; ');
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flattenInto(out, prefix ? `${prefix}_${key}` : key, inner);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out[prefix] = value;
  } else {
    out[prefix] = String(value);
  }
}

function sourceIdsOf(row: ExportRow): string[] {
  const one = row.sourceId;
  const many = row.sourceIds;
  const ids = [
    ...(typeof one === 'string' ? [one] : []),
    ...(Array.isArray(many) ? many.filter((s): s is string => typeof s === 'string') : []),
  ];
  return [...new Set(ids)];
}

/**
 * Flat records with one column set for all rows (the union, in first-seen order), the source columns last.
 * `sourceTitles` maps a source id to its title; an unknown id keeps an empty title.
 */
export function flattenRows(
  rows: readonly ExportRow[],
  sourceTitles: ReadonlyMap<string, string>,
): { columns: string[]; records: FlatRecord[] } {
  const columns: string[] = [];
  const seen = new Set<string>();
  const records = rows.map((row) => {
    const flat: FlatRecord = {};
    for (const [key, value] of Object.entries(row)) {
      if (!SOURCE_KEYS.has(key)) flattenInto(flat, key, value);
    }
    for (const column of Object.keys(flat)) {
      if (!seen.has(column)) {
        seen.add(column);
        columns.push(column);
      }
    }
    const ids = sourceIdsOf(row);
    flat.source_id = ids.join('; ');
    flat.source_title = ids.map((id) => sourceTitles.get(id) ?? '').join('; ');
    return flat;
  });
  return { columns: [...columns, ...SOURCE_COLUMNS], records };
}
