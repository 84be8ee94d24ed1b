// Header rows as people write them: trailing empty cells (Excel exports a few), a blank in the middle,
// the same name twice. Every column gets a distinct name, and each fix is reported.
import type { ReadProblem } from './types.ts';

export interface NamedColumns {
  /** One name per column up to the last non-blank header cell. */
  columns: string[];
  warnings: ReadProblem[];
}

const isNumeric = (s: string): boolean => /^[-+]?\d+(?:[.,]\d+)?$/.test(s);

/**
 * Names from a header row. A row whose every name is a number is data, not a header: no columns
 * (the caller raises no_header). Names are trimmed; a BOM left by a forced encoding is dropped.
 */
export function nameColumns(header: readonly unknown[]): NamedColumns {
  const cells = header.map((c) => (c === null || c === undefined ? '' : String(c).replace(/^\uFEFF/, '').trim()));
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width -= 1;
  const filled = cells.slice(0, width).filter((c) => c !== '');
  if (filled.length === 0 || filled.every(isNumeric)) return { columns: [], warnings: [] };
  const warnings: ReadProblem[] = [];
  const seen = new Map<string, number>();
  const columns = cells.slice(0, width).map((cell, i) => {
    let name = cell;
    if (name === '') {
      name = `column ${i + 1}`;
      warnings.push({ code: 'blank_column', params: { position: i + 1, name } });
    }
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) {
      const renamed = `${name} (${count})`;
      warnings.push({ code: 'duplicate_column', params: { column: name, position: i + 1, name: renamed } });
      name = renamed;
    }
    return name;
  });
  return { columns, warnings };
}

const filledCells = (row: readonly unknown[]): number =>
  row.filter((c) => c !== null && c !== undefined && String(c).trim() !== '').length;

/** How far ahead a header is looked for below title rows. */
export const HEADER_LOOKAHEAD = 20;

/**
 * Which of the first non-empty rows is the header. Ministry spreadsheets often start with a title
 * ("Продажи OVOP+1 за 2024 год") in one cell, maybe a subtitle, then the column names: rows with a single
 * filled cell are skipped while a later row of the first few has two or more. A one-column file keeps its
 * first row as the header.
 */
export function pickHeader(rows: readonly (readonly unknown[])[]): number {
  const firstWide = rows.slice(0, HEADER_LOOKAHEAD).findIndex((row) => filledCells(row) >= 2);
  if (firstWide <= 0) return 0;
  // Column names are not numbers: a wide row with a number in it is data (e.g. a file read with the wrong
  // separator), and then the first row stays the header, as without this rule.
  const looksLikeNames = rows[firstWide]!.every((c) => c === null || c === undefined || (typeof c !== 'number' && !isNumeric(String(c).trim())));
  return looksLikeNames && rows.slice(0, firstWide).every((row) => filledCells(row) <= 1) ? firstWide : 0;
}
