// The one entry to reading a person's file: which format it is, then that format's reader. The CLI passes a
// path, the HTTP import a buffer and the uploaded name; both get the same records, numbered as the person's
// own spreadsheet or GIS program numbers them.
import { readCsv } from './csv.ts';
import { formatFromBytes, formatFromName, HEAD_BYTES } from './detect.ts';
import { readGeojson } from './geojson.ts';
import { readShapefile } from './shapefile.ts';
import { openInput, type Input, type Source } from './source.ts';
import { ReadError, type Format, type ReadOptions, type ReadResult } from './types.ts';
import { readXlsx } from './xlsx.ts';

export * from './types.ts';
export { readMessage, describeRead, type MessageLang } from './messages.ts';
export type { Input } from './source.ts';

/**
 * The format to read: the option, else the name's extension, else the first bytes. A '.zip' may be an
 * .xlsx renamed or a Shapefile; its content decides. An old '.xls' or a lone '.shp' get their own message.
 */
async function chooseFormat(source: Source, options: ReadOptions): Promise<Format> {
  if (options.format) return options.format;
  if (source.size === 0) {
    // Nothing to sniff: trust the name so the message fits (an empty .zip is "not a zip", an empty .csv "empty").
    if (formatFromName(source.name) === 'shapefile') throw new ReadError('not_a_zip', { detail: 'empty' });
    throw new ReadError('empty_file', { name: source.name });
  }
  const head = await source.head(HEAD_BYTES);
  const byName = formatFromName(source.name);
  const byBytes = formatFromBytes(head);
  if (byName === 'xls' || byBytes === 'xls') throw new ReadError('bad_xlsx', { detail: 'xls' });
  if (byName === 'shp') throw new ReadError('shp_not_zipped', { name: source.name });
  if (byName === 'xlsx' || byName === 'shapefile') {
    // Both are zip archives: which one it is shows inside (a workbook renamed .zip, or the reverse).
    if (byBytes === 'xlsx' || byBytes === 'shapefile') return byBytes;
    if (byName === 'shapefile') throw new ReadError('not_a_zip', { detail: 'no zip signature' });
    throw new ReadError('bad_xlsx', { detail: 'not a zip archive' });
  }
  if (byName) return byName;
  if (byBytes) return byBytes;
  throw new ReadError('unknown_format', { name: source.name });
}

/**
 * Opens a CSV, .xlsx, GeoJSON or zipped Shapefile and reads its header and the guesses (encoding, separator,
 * decimal mark, coordinate system); the records then stream from `records`. Throws ReadError for a file that
 * cannot be read at all; anything about single rows is left to the caller's validation.
 */
export async function openSource(input: Input, options: ReadOptions = {}): Promise<ReadResult> {
  const source = await openInput(input);
  const format = await chooseFormat(source, options);
  switch (format) {
    case 'csv':
      return readCsv(source, options);
    case 'xlsx':
      return readXlsx(source, options);
    case 'geojson':
      return readGeojson(source);
    case 'shapefile':
      return readShapefile(source, options);
  }
}

/**
 * A CSV cell as a number, with the file's decimal mark: "79913,50" (','), "1 234,5" and "1 234.5" (spaces or
 * no-break spaces between thousands), "1,234.5" ('.' files only). null for an empty cell, NaN for text that is
 * not a number (the caller reports the value as found). Numbers (from .xlsx or GeoJSON) pass through.
 * With ',' a lone point still reads as a decimal ("72.5", a cell typed by hand), except in the thousands
 * pattern ("1.234" is 1234 there, as a German-style spreadsheet means it).
 */
export function parseDecimal(value: string | number | boolean | null, decimal: '.' | ',' = '.'): number | null {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return Number.NaN;
  let text = value.trim().replace(/[\u00a0\u202f ]/g, '');
  if (text === '') return null;
  if (decimal === ',') {
    // "1.234,5": dots between thousands, as German-language spreadsheets write them.
    if (/^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) text = text.replace(/\./g, '');
    text = text.replace(',', '.');
  } else if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
    text = text.replace(/,/g, '');
  }
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return Number.NaN;
  return Number(text);
}
