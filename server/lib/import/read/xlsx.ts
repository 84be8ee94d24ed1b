// Excel .xlsx: the first sheet, or one named. read-excel-file parses the sheet (cached formula results, dates
// from the cell's number format); the workbook's sheet list is read from xl/workbook.xml directly, so naming
// a missing sheet can list the real ones without parsing every sheet.
import { InvalidInputError, SheetNotFoundError, readSheet } from 'read-excel-file/node';
import { HEADER_LOOKAHEAD, nameColumns, pickHeader } from './columns.ts';
import { readZipEntries } from './zip.ts';
import type { Source } from './source.ts';
import { ReadError, type CellValue, type ReadOptions, type ReadProblem, type ReadResult, type SourceRecord } from './types.ts';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const unescapeXml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return XML_ENTITIES[e] ?? whole;
  });

/** The workbook's sheet names in tab order, or undefined when the archive has no readable workbook part. */
export async function sheetNames(buffer: Buffer): Promise<string[] | undefined> {
  const parts = new Map<string, Buffer>();
  try {
    await readZipEntries(buffer, (name) => name === 'xl/workbook.xml', parts);
  } catch {
    return undefined;
  }
  const xml = parts.get('xl/workbook.xml')?.toString('utf8');
  if (xml === undefined) return undefined;
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Excel stores dates as day numbers; read-excel-file returns them as UTC dates: print them as the cell shows. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const time = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return time === 0 ? day : `${day}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateText(v);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return String(v);
}

const isBlank = (v: unknown): boolean => cellValue(v) === null;

export async function readXlsx(source: Source, options: ReadOptions): Promise<ReadResult> {
  if (source.size === 0) throw new ReadError('empty_file', { name: source.name });
  const buffer = await source.readAll();
  const names = await sheetNames(buffer);
  if (names && options.sheet !== undefined && !names.includes(options.sheet)) {
    throw new ReadError('sheet_not_found', { sheet: options.sheet, sheets: names.join(', ') });
  }
  let rows: unknown[][];
  try {
    rows = (await readSheet(buffer, options.sheet ?? 1)) as unknown[][];
  } catch (err) {
    if (err instanceof SheetNotFoundError) {
      throw new ReadError('sheet_not_found', { sheet: options.sheet ?? '1', sheets: (names ?? []).join(', ') });
    }
    if (err instanceof InvalidInputError && err.code === 'NO_DATA') throw new ReadError('empty_file', { name: source.name });
    throw new ReadError('bad_xlsx', { detail: err instanceof Error ? err.message : String(err) });
  }
  const sheet = options.sheet ?? names?.[0] ?? '1';
  const warnings: ReadProblem[] = [];
  if (names && names.length > 1) {
    warnings.push({ code: 'sheet_other_sheets', params: { sheet, others: names.filter((n) => n !== sheet).join(', ') } });
  }

  const filled = rows.flatMap((row, i) => (row.every(isBlank) ? [] : [i]));
  if (filled.length === 0) throw new ReadError('empty_file', { name: source.name, sheet });
  const h = pickHeader(filled.slice(0, HEADER_LOOKAHEAD).map((i) => rows[i]!));
  const headerIndex = filled[h]!;
  if (h > 0) {
    const [first, last] = [filled[0]! + 1, filled[h - 1]! + 1];
    warnings.push({ code: 'title_rows_skipped', params: { rows: first === last ? `${first}` : `${first}–${last}`, header: headerIndex + 1 } });
  }
  const named = nameColumns(rows[headerIndex]!);
  if (named.columns.length === 0) throw new ReadError('no_header', { row: headerIndex + 1, sheet });
  warnings.push(...named.warnings);
  const { columns } = named;

  async function* records(): AsyncGenerator<SourceRecord> {
    let pendingEmpty = 0;
    let skipped = 0;
    for (let i = headerIndex + 1; i < rows.length; i += 1) {
      const row = rows[i]!;
      if (row.every(isBlank)) {
        pendingEmpty += 1;
        continue;
      }
      skipped += pendingEmpty;
      pendingEmpty = 0;
      const values: SourceRecord['values'] = {};
      columns.forEach((column, c) => {
        values[column] = cellValue(row[c]);
      });
      const record: SourceRecord = { n: i + 1, values };
      const extra = row
        .slice(columns.length)
        .map(cellValue)
        .filter((v): v is Exclude<CellValue, null> => v !== null)
        .map(String);
      if (extra.length) record.extra = extra;
      yield record;
    }
    if (skipped) warnings.push({ code: 'empty_rows_skipped', params: { count: skipped } });
  }

  return { detected: { format: 'xlsx', sheet }, columns, records: records(), warnings };
}
