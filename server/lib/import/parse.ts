// Cell values as people write them → the values the database stores, or the reason they cannot be read.
// Pure functions: the row validation (validate-row.ts) calls them, and their tests pin each accepted spelling.
import { parseDecimal as readDecimal } from './read/index.ts';
import type { CellValue } from './read/types.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: string, params?: Record<string, string | number>): Parsed<T> => ({ ok: false, code, ...(params ? { params } : {}) });

/** '' and whitespace-only cells are empty, like null. */
export const isEmpty = (cell: CellValue | undefined): cell is null | undefined | '' =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

export const cellText = (cell: CellValue): string => (typeof cell === 'string' ? cell.trim() : String(cell));

/**
 * A number as a decimal string for PostgreSQL to read into its numeric column. The spelling rules (decimal comma
 * or point, spaces between thousands) are the readers' own parseDecimal, so a cell reads the same everywhere;
 * the ranges of the dataset definitions keep values well inside what a double holds exactly.
 */
export function parseDecimal(cell: CellValue, decimal: '.' | ','): Parsed<string> {
  const text = typeof cell === 'string' ? cell.replace(/^−/, '-') : cell;
  let n = readDecimal(text, decimal);
  // The other mark, where it cannot mean thousands ("1 500,00" in a file guessed to use points): a cell typed by
  // hand, or a guess misled by dates like 03.2024. "1,500" stays refused: it could be either.
  if ((n === null || Number.isNaN(n)) && typeof text === 'string' && /^[^.,]*[.,](\d{1,2}|\d{4,})$/.test(text.trim())) {
    n = readDecimal(text, decimal === '.' ? ',' : '.');
  }
  return n === null || !Number.isFinite(n) ? fail('not_a_number') : ok(String(n));
}

export function parseInteger(cell: CellValue, decimal: '.' | ','): Parsed<string> {
  const parsed = parseDecimal(cell, decimal);
  if (!parsed.ok) return parsed;
  const n = Number(parsed.value);
  return Number.isInteger(n) ? ok(String(n)) : fail('not_an_integer');
}

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** YYYY-MM-DD (also with a time, as GeoJSON writers add), DD.MM.YYYY or DD/MM/YYYY → 'YYYY-MM-DD'. */
export function parseDate(cell: CellValue): Parsed<string> {
  if (typeof cell !== 'string') return fail('not_a_date');
  const s = cell.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return fail('not_a_date');
  return realDate(y, mo, d) ? ok(`${y}-${pad(mo)}-${pad(d)}`) : fail('not_a_date');
}

/**
 * A month → its first day ('YYYY-MM-01'): 2024-03, 2024/03, 03.2024, or a full date on the 1st (what a
 * spreadsheet makes of a month). A later day is refused rather than moved: two such rows could merge silently.
 */
export function parseMonth(cell: CellValue): Parsed<string> {
  if (typeof cell !== 'string') return fail('not_a_month');
  const s = cell.trim();
  let m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  let y: number, mo: number;
  if (m) [y, mo] = [Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{1,2})[./](\d{4})$/.exec(s))) [mo, y] = [Number(m[1]), Number(m[2])];
  else {
    const date = parseDate(s);
    if (!date.ok) return fail('not_a_month');
    const [yy, mm, dd] = date.value.split('-').map(Number) as [number, number, number];
    if (dd !== 1) return fail('month_day', { day: dd, month: `${yy}-${pad(mm)}` });
    [y, mo] = [yy, mm];
  }
  if (mo < 1 || mo > 12) return fail('not_a_month');
  return ok(`${y}-${pad(mo)}-01`);
}

export function parseYear(cell: CellValue, decimal: '.' | ','): Parsed<number> {
  const parsed = parseInteger(cell, decimal);
  if (!parsed.ok) return fail('not_a_year');
  const n = Number(parsed.value);
  return n >= 1000 && n <= 9999 ? ok(n) : fail('not_a_year');
}

const TRUE = new Set(['true', 'yes', 'y', 't', '1', 'да', 'д', 'истина', 'ооба', 'ия']);
const FALSE = new Set(['false', 'no', 'n', 'f', '0', 'нет', 'н', 'ложь', 'жок']);

export function parseBoolean(cell: CellValue): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const s = cellText(cell).toLowerCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return fail('not_a_boolean');
}

// Cyrillic letters that look like Latin ones: a code typed on a Russian keyboard layout is the commonest slip.
const CYRILLIC = /[\u0400-\u04ff]/g;

/** A code: upper-cased (codes are stored upper case), A–Z, 0–9 and '-'. */
export function parseCode(cell: CellValue): Parsed<string> {
  const s = cellText(cell).toUpperCase();
  if (/^[A-Z0-9-]+$/.test(s)) return ok(s);
  const cyrillic = [...new Set(s.match(CYRILLIC) ?? [])];
  return fail('bad_code', cyrillic.length ? { letters: cyrillic.join(' ') } : {});
}

/** A source id: lower case a–z, 0–9, '_' and '-', starting with a letter or digit. */
export function parseSource(cell: CellValue): Parsed<string> {
  const s = cellText(cell).toLowerCase();
  return /^[a-z0-9][a-z0-9_-]*$/.test(s) ? ok(s) : fail('bad_source');
}

/** Kyrgyzstan's bounding box, with a little room for points on the border. */
export const KG_BBOX = { west: 69.2, south: 39.1, east: 80.3, north: 43.3 } as const;

export const inKyrgyzstanBox = (lon: number, lat: number): boolean =>
  lon >= KG_BBOX.west && lon <= KG_BBOX.east && lat >= KG_BBOX.south && lat <= KG_BBOX.north;
