// CSV as spreadsheet users in Kyrgyzstan open it: UTF-8 with a byte-order mark (so Excel reads Cyrillic),
// comma-separated, CRLF line ends and RFC 4180 quoting (csv-stringify does the quoting).
import { stringify } from 'csv-stringify/sync';
import { flattenRows, type Cell, type ExportRow } from './flatten.ts';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

// A cell that starts with = + @ or a control character is a formula to a spreadsheet (CSV injection,
// OWASP); a leading apostrophe makes it text. Numbers are never touched.
const FORMULA_START = /^[=+@\t\r]/;
const safeText = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

export function toCsv(rows: readonly ExportRow[], sourceTitles: ReadonlyMap<string, string>): string {
  const { columns, records } = flattenRows(rows, sourceTitles);
  return stringify(records, {
    bom: true,
    header: true,
    columns,
    record_delimiter: 'windows',
    cast: {
      boolean: (value: boolean) => (value ? 'true' : 'false'),
      string: (value: string) => safeText(value),
    },
  });
}

export type { Cell, ExportRow };
