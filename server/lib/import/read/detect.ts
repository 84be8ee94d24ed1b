// Guessing what a person's file is: its format, a text file's encoding, a CSV's separator and decimal mark.
// Pure functions over the first bytes/lines, so each guess is tested on its own; every one can be forced
// through ReadOptions when the guess is wrong.
import { parse } from 'csv-parse/sync';
import type { Format } from './types.ts';

/** How much of a file the CSV guesses look at (the header line and a few hundred rows fit easily). */
export const HEAD_BYTES = 64 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export const hasUtf8Bom = (bytes: Uint8Array): boolean =>
  bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];

/**
 * 'utf-8' when the non-ASCII bytes form valid UTF-8, 'windows-1251' when they do not, undefined when there
 * are none (plain ASCII says nothing). A multi-byte sequence cut off by the end of `bytes` (`truncated`:
 * the file goes on) is not held against UTF-8. Cyrillic text in Windows-1251 is practically never valid
 * UTF-8: its letters are bytes 0xC0–0xFF, which UTF-8 only allows followed by 0x80–0xBF.
 */
export function sniffEncoding(bytes: Uint8Array, truncated = false): 'utf-8' | 'windows-1251' | undefined {
  let i = 0;
  let sawNonAscii = false;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    sawNonAscii = true;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return 'windows-1251';
    if (i + need >= bytes.length) return truncated ? 'utf-8' : 'windows-1251';
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return 'windows-1251';
    }
    i += need + 1;
  }
  return sawNonAscii ? 'utf-8' : undefined;
}

/** Index of the first byte ≥ 0x80, or -1. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i]! >= 0x80) return i;
  return -1;
}

const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Counts each candidate separator outside double quotes in one line. */
function countOutsideQuotes(line: string): Record<Delimiter, number> {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  return counts;
}

/**
 * The separator of the header line: the candidate it holds most often. Ties (e.g. `a;b,c`) go to the
 * one whose count the next lines repeat; a header with none of them is one column, read with ','.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  const header = lines[0];
  if (header === undefined) return ',';
  const counts = countOutsideQuotes(header);
  const best = Math.max(...DELIMITERS.map((d) => counts[d]));
  if (best === 0) return ',';
  const tied = DELIMITERS.filter((d) => counts[d] === best);
  if (tied.length === 1) return tied[0]!;
  const next = lines.slice(1, 11).map(countOutsideQuotes);
  const steady = tied.filter((d) => next.length > 0 && next.every((c) => c[d] === counts[d]));
  return steady[0] ?? tied[0]!;
}

// A number written with a decimal comma: "79913,50", "-0,5", "1 234,56" (space or no-break space between thousands).
const COMMA_DECIMAL = /^[-+]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+),\d+$/;
// With a decimal point: "79913.50", "1 234.56", "1,234.56" (comma thousands: an English spreadsheet's export).
const POINT_DECIMAL = /^[-+]?(?:\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)\.\d+$/;

/**
 * The decimal mark the numbers of the first rows use: the majority of the cells that look like a number
 * with a fraction. "1,234" alone could be a thousand or 1.234; it counts for the comma only in a file whose
 * separator is not the comma (where a comma inside a cell means a decimal, as Russian spreadsheets write it).
 * No evidence: '.'.
 */
export function detectDecimal(rows: readonly (readonly string[])[]): '.' | ',' {
  let comma = 0;
  let point = 0;
  for (const row of rows) {
    for (const raw of row) {
      const cell = raw.trim();
      if (COMMA_DECIMAL.test(cell)) comma += 1;
      else if (POINT_DECIMAL.test(cell)) point += 1;
    }
  }
  return comma > point ? ',' : '.';
}

/** Rows of the head for the decimal guess; the last (possibly cut) line is dropped when the file goes on. */
export function headRows(text: string, delimiter: Delimiter, truncated: boolean): string[][] {
  let body = text;
  if (truncated) {
    const cut = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r'));
    body = cut > 0 ? body.slice(0, cut) : body;
  }
  try {
    return parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to_line: 500,
    }) as string[][];
  } catch {
    // An unclosed quote in the head: the full parse reports it with its row; the guess just has no evidence.
    return [];
  }
}

const ZIP_MAGIC = [0x50, 0x4b] as const; // "PK"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const; // old binary .xls (and .doc)

export const isZip = (bytes: Uint8Array): boolean => bytes[0] === ZIP_MAGIC[0] && bytes[1] === ZIP_MAGIC[1];
export const isOle = (bytes: Uint8Array): boolean => OLE_MAGIC.every((b, i) => bytes[i] === b);

/** The format a file name says, if it says one. '.xls' and '.shp' are answered so they get a precise message. */
export function formatFromName(name: string): Format | 'xls' | 'shp' | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (ext) {
    case 'csv':
    case 'txt':
    case 'tsv':
      return 'csv';
    case 'xlsx':
    case 'xlsm':
      return 'xlsx';
    case 'geojson':
    case 'json':
      return 'geojson';
    case 'zip':
    case 'shz':
      return 'shapefile';
    case 'xls':
      return 'xls';
    case 'shp':
      return 'shp';
    default:
      return undefined;
  }
}

/**
 * The format the first bytes say: a zip is an .xlsx when it holds `[Content_Types].xml` (the name appears
 * in the zip's first local header, which Excel and every writer put first or near it), else a Shapefile;
 * `{` or `[` first is GeoJSON; text is CSV.
 */
export function formatFromBytes(head: Uint8Array): Format | 'xls' | undefined {
  if (head.length === 0) return undefined;
  if (isZip(head)) {
    const ascii = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, HEAD_BYTES)).toString('latin1');
    return ascii.includes('[Content_Types].xml') || ascii.includes('xl/workbook.xml') ? 'xlsx' : 'shapefile';
  }
  if (isOle(head)) return 'xls';
  // UTF-16 text (Excel's "Unicode Text") is full of NUL bytes but has a byte order mark.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'csv';
  const start = hasUtf8Bom(head) ? 3 : 0;
  let i = start;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i += 1;
  if (head[i] === 0x7b || head[i] === 0x5b) return 'geojson';
  // Text has no NUL bytes; a binary file almost always does in its first kilobytes.
  return head.subarray(0, 4096).includes(0) ? undefined : 'csv';
}
