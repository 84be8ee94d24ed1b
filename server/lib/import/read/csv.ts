// CSV as spreadsheets export it here: UTF-8 (with or without BOM) or Windows-1251 (or Excel's UTF-16 "Unicode
// Text"), ',' ';' or tab (or Excel's `sep=` line), decimal comma or point, maybe a title above the header.
// Streamed (file → decoder → csv-parse → one record at a time) so 100,000 rows use the memory of a few
// chunks; the guesses look at the first 64 KB only (plus, for a file that starts in plain ASCII,
// the first non-ASCII bytes further on, so a Cyrillic name on row 5,000 still decides the encoding).
import { pipeline, type Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { CsvError, parse } from 'csv-parse';
import {
  HEAD_BYTES,
  detectDecimal,
  detectDelimiter,
  firstNonAscii,
  hasUtf8Bom,
  headRows,
  sniffEncoding,
  type Delimiter,
} from './detect.ts';
import { HEADER_LOOKAHEAD, nameColumns, pickHeader } from './columns.ts';
import type { Source } from './source.ts';
import { ReadError, type ReadOptions, type ReadProblem, type ReadResult, type SourceRecord } from './types.ts';

type Encoding = 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be';

/** The byte order mark a file starts with, if any: its encoding and its length. */
function byteOrderMark(head: Buffer): { encoding: Encoding; length: number } | undefined {
  if (hasUtf8Bom(head)) return { encoding: 'utf-8', length: 3 };
  // Excel's "Unicode Text (*.txt)" is UTF-16 LE with a BOM and tabs.
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * The encoding of a file whose head is plain ASCII: read on to the first non-ASCII byte and judge the bytes
 * around it. Bounded memory (one chunk at a time); the whole file is read only when it is ASCII throughout.
 */
async function sniffBeyondHead(source: Source, from: number): Promise<Encoding> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of source.stream(from) as AsyncIterable<Buffer>) {
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const at = firstNonAscii(bytes);
    if (at < 0) {
      carry = Buffer.alloc(0);
      continue;
    }
    // A UTF-8 sequence is at most 4 bytes: wait for them unless the file ends first.
    if (bytes.length - at < 4) {
      carry = Buffer.from(bytes.subarray(at));
      continue;
    }
    return sniffEncoding(bytes.subarray(at, at + 64), at + 64 < bytes.length) ?? 'utf-8';
  }
  return carry.length ? (sniffEncoding(carry) ?? 'utf-8') : 'utf-8';
}

async function chooseEncoding(source: Source, head: Buffer, options: ReadOptions): Promise<Encoding> {
  if (options.encoding) return options.encoding;
  const bom = byteOrderMark(head);
  if (bom) return bom.encoding;
  const truncated = source.size > head.length;
  const sniffed = sniffEncoding(head, truncated);
  if (sniffed) return sniffed;
  return truncated ? sniffBeyondHead(source, head.length) : 'utf-8';
}

const isBlank = (cell: string | undefined): boolean => cell === undefined || cell.trim() === '';

// Excel writes `sep=;` as a first line to say the separator, and hides that line when it opens the file.
const SEP_LINE = /^sep=([;,\t])[ \t]*(?:\r\n|\n|\r|$)/i;

export async function readCsv(source: Source, options: ReadOptions): Promise<ReadResult> {
  if (source.size === 0) throw new ReadError('empty_file', { name: source.name });
  const head = await source.head(HEAD_BYTES);
  const mark = byteOrderMark(head);
  const start = mark?.length ?? 0;
  const encoding = await chooseEncoding(source, head, options);
  const truncated = source.size > head.length;
  // A head cut mid-letter decodes to one U+FFFD at its very end, which only the (dropped) last line sees.
  let headText = iconv.decode(head.subarray(start), encoding);
  if (headText.trim() === '') throw new ReadError('empty_file', { name: source.name });
  const sepLine = SEP_LINE.exec(headText);
  if (sepLine) headText = headText.slice(sepLine[0].length);
  const delimiter: Delimiter = options.delimiter ?? (sepLine?.[1] as Delimiter | undefined) ?? detectDelimiter(headText);
  const sample = headRows(headText, delimiter, truncated);
  const decimal = options.decimal ?? detectDecimal(sample.slice(1));

  const records = parseRecords(source, start, encoding, delimiter, sepLine ? 2 : 1);
  const header = await findHeader(records);
  if (!header) throw new ReadError('empty_file', { name: source.name });
  const named = nameColumns(header.row.row);
  if (named.columns.length === 0) throw new ReadError('no_header', { row: header.row.n });
  const warnings: ReadProblem[] = [...header.warnings, ...named.warnings];
  const { columns } = named;

  async function* all(): AsyncGenerator<RawRow> {
    yield* header!.rest;
    yield* records;
  }

  async function* rows(): AsyncGenerator<SourceRecord> {
    let pendingEmpty = 0;
    let skipped = 0;
    try {
      for await (const { row, n } of all()) {
        if (row.every(isBlank)) {
          pendingEmpty += 1;
          continue;
        }
        // Empty rows only matter between data rows; the blank lines a file ends with are no news.
        skipped += pendingEmpty;
        pendingEmpty = 0;
        const values: SourceRecord['values'] = {};
        columns.forEach((column, i) => {
          const cell = row[i]?.trim();
          values[column] = cell === undefined || cell === '' ? null : cell;
        });
        const record: SourceRecord = { n, values };
        if (row.length < columns.length) record.missing = columns.slice(row.length);
        const extra = row.slice(columns.length).filter((c) => !isBlank(c)).map((c) => c.trim());
        if (extra.length) record.extra = extra;
        yield record;
      }
      if (skipped) warnings.push({ code: 'empty_rows_skipped', params: { count: skipped } });
    } finally {
      await records.return(undefined);
    }
  }

  return {
    detected: { format: 'csv', encoding, delimiter, decimal, bom: mark !== undefined },
    columns,
    records: rows(),
    warnings,
  };
}

/**
 * The header among the first rows (see pickHeader: title rows above it are skipped and reported), and the
 * rows read past it while looking, to be handed on first.
 */
async function findHeader(
  records: AsyncGenerator<RawRow>,
): Promise<{ row: RawRow; rest: RawRow[]; warnings: ReadProblem[] } | undefined> {
  const buffered: RawRow[] = [];
  let filled = 0;
  while (filled < HEADER_LOOKAHEAD) {
    const next = await records.next();
    if (next.done) break;
    buffered.push(next.value);
    if (!next.value.row.every(isBlank)) filled += 1;
  }
  const nonBlank = buffered.filter((r) => !r.row.every(isBlank));
  if (nonBlank.length === 0) return undefined;
  const h = pickHeader(nonBlank.map((r) => r.row));
  const row = nonBlank[h]!;
  const warnings: ReadProblem[] = [];
  if (h > 0) {
    const first = nonBlank[0]!.n;
    const last = nonBlank[h - 1]!.n;
    warnings.push({ code: 'title_rows_skipped', params: { rows: first === last ? `${first}` : `${first}–${last}`, header: row.n } });
  }
  return { row, rest: buffered.slice(buffered.indexOf(row) + 1), warnings };
}

interface RawRow {
  row: string[];
  /** The spreadsheet row: header = 1; a record with quoted line breaks is one row, as Excel shows it. */
  n: number;
}

/** Every record, numbered as the spreadsheet numbers its rows (`fromLine` 2 skips Excel's hidden `sep=` line). */
async function* parseRecords(source: Source, start: number, encoding: Encoding, delimiter: Delimiter, fromLine: number): AsyncGenerator<RawRow> {
  const input: Readable = source.stream(start);
  const decoder = iconv.decodeStream(encoding, { stripBOM: false });
  const parser = parse({
    delimiter,
    from_line: fromLine,
    // Ragged rows are reported per record (extra/missing), not thrown.
    relax_column_count: true,
    // `5" pipe` in an unquoted cell is text, as Excel reads it.
    relax_quotes: true,
    // Blank lines are rows in a spreadsheet: keep them so row numbers match what the person sees.
    skip_empty_lines: false,
    ltrim: true,
    rtrim: true,
  });
  pipeline(input, decoder, parser, () => {
    // Errors surface through the parser's async iterator below; pipeline's callback has nothing to add.
  });
  let n = 0;
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      n += 1;
      yield { row, n };
    }
  } catch (err) {
    if (err instanceof CsvError) {
      throw new ReadError('bad_csv', { row: n + 1, detail: csvErrorDetail(err) });
    }
    throw err;
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function csvErrorDetail(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'quote_not_closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'invalid_closing_quote';
    default:
      return err.code.toLowerCase().replace(/^csv_/, '');
  }
}
