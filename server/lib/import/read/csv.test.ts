import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSalesCsv } from '../../../../scripts/lib/make-sales-csv.ts';
import { openSource, parseDecimal, ReadError } from './index.ts';
import { collect, fixture } from './testing.ts';

const csv = (text: string, name = 'file.csv'): { buffer: Buffer; name: string } => ({ buffer: Buffer.from(text, 'utf8'), name });

async function readError(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ReadError) return err;
    throw err;
  }
  throw new Error('expected a ReadError');
}

describe('a Windows-1251 CSV with ";" and decimal comma, as Excel with Russian settings saves it', () => {
  it('is detected as such and its Cyrillic header and names read right', async () => {
    const result = await openSource(fixture('villages_cp1251_semicolon.csv'));
    expect(result.detected).toEqual({ format: 'csv', encoding: 'windows-1251', delimiter: ';', decimal: ',', bom: false });
    expect(result.columns.slice(-2)).toEqual(['долгота', 'широта']);
    const records = await collect(result);
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({
      n: 2,
      values: {
        code: 'KG-V-0001',
        name_ky: 'Базар-Коргон',
        name_ru: 'Базар-Коргон',
        name_en: 'Bazar-Korgon',
        oblast_code: 'KG-J',
        rayon_code: 'KG-J-BAZAR-KORGON',
        population: '41011',
        households: '9114',
        долгота: '72,74586',
        широта: '41,0376',
      },
    });
    expect(parseDecimal(records[0]!.values['долгота']!, result.detected.decimal)).toBe(72.74586);
  });

  it('forced options are used as given: UTF-8 forced on it shows replacement characters', async () => {
    const result = await openSource(fixture('villages_cp1251_semicolon.csv'), { encoding: 'utf-8', delimiter: ',' });
    expect(result.detected.encoding).toBe('utf-8');
    expect(result.detected.delimiter).toBe(',');
    expect(result.columns[0]).toContain('code;name_ky');
    expect(result.columns.join('')).toContain('\uFFFD');
  });
});

describe('a UTF-8 CSV with a byte order mark', () => {
  it('has its first column named without the BOM', async () => {
    const result = await openSource(fixture('sales_utf8_bom.csv'));
    expect(result.detected).toMatchObject({ encoding: 'utf-8', delimiter: ',', decimal: '.', bom: true });
    expect(result.columns).toEqual(['product_code', 'channel', 'month', 'quantity', 'revenue_kgs']);
    const records = await collect(result);
    expect(records.map((r) => r.values.product_code)).toEqual(['KG-PR-0001', 'KG-PR-0001', 'KG-PR-0002']);
    expect(records[2]!.values.revenue_kgs).toBe('36000.75');
  });

  it('still loses the BOM when Windows-1251 is forced on it', async () => {
    const result = await openSource(fixture('sales_utf8_bom.csv'), { encoding: 'windows-1251' });
    expect(result.columns[0]).toBe('product_code');
  });
});

describe('columns and cells', () => {
  it('an unknown column is read like any other (the dataset decides what to do with it)', async () => {
    const result = await openSource(fixture('sales_unknown_column.csv'));
    expect(result.columns).toEqual(['product_code', 'channel', 'month', 'quantity', 'revenue_kgs', 'comment']);
    const records = await collect(result);
    expect(records[0]!.values.comment).toBe('Нооруз жарманкеси');
    expect(records[1]!.values.comment).toBeNull();
  });

  it('quoted cells keep their separators, doubled quotes and line breaks, and a row with a line break is still one row', async () => {
    const records = await collect(await openSource(fixture('villages_quoted_fields.csv')));
    expect(records.map((r) => r.n)).toEqual([2, 3, 4]);
    expect(records[0]!.values.name_en).toBe('Gul\'cha, "Gulcha"');
    expect(records[1]!.values.name_en).toBe('Uzgen\n(Özgön)');
    expect(records[2]!.values.code).toBe('KG-V-0014');
  });

  it('a row with cells beyond the header names them in extra, a short row names its missing columns', async () => {
    const records = await collect(await openSource(fixture('sales_ragged_rows.csv')));
    expect(records[0]).not.toHaveProperty('extra');
    expect(records[0]).not.toHaveProperty('missing');
    expect(records[1]).toMatchObject({ n: 3, extra: ['oops'] });
    expect(records[2]).toMatchObject({ n: 4, missing: ['quantity', 'revenue_kgs'], values: { quantity: null, revenue_kgs: null } });
    // Trailing empty cells (Excel writes them) are no extra data.
    expect(records[3]).toMatchObject({ n: 5 });
    expect(records[3]).not.toHaveProperty('extra');
  });

  it('cells are trimmed and empty ones are null', async () => {
    const records = await collect(await openSource(csv('code, name \n KG-V-0001 ,  \n')));
    expect(records[0]!.values).toEqual({ code: 'KG-V-0001', name: null });
  });

  it('blank lines keep their row numbers and the ones between data are reported', async () => {
    const result = await openSource(csv('\ncode,name\nKG-V-0001,a\n\n\nKG-V-0002,b\n\n'));
    const records = await collect(result);
    expect(records.map((r) => [r.n, r.values.code])).toEqual([
      [3, 'KG-V-0001'],
      [6, 'KG-V-0002'],
    ]);
    expect(result.warnings).toEqual([{ code: 'empty_rows_skipped', params: { count: 2 } }]);
  });

  it('a repeated or blank header name gets a distinct name and a warning', async () => {
    const result = await openSource(csv('code,,name,Name,,\nKG-V-0001,x,a,b,,\n'));
    expect(result.columns).toEqual(['code', 'column 2', 'name', 'Name (2)']);
    expect(result.warnings.map((w) => w.code)).toEqual(['blank_column', 'duplicate_column']);
    const [record] = await collect(result);
    expect(record!.values).toEqual({ code: 'KG-V-0001', 'column 2': 'x', name: 'a', 'Name (2)': 'b' });
  });

  it('a tab-separated file is detected, and a forced separator and decimal win over the guess', async () => {
    const tab = await openSource(csv('code\tlon\nKG-V-0001\t72,5\n', 'villages.tsv'));
    expect(tab.detected).toMatchObject({ delimiter: '\t', decimal: ',' });
    const forced = await openSource(csv('code;lon\nKG-V-0001;72,5\n'), { delimiter: ',', decimal: '.' });
    expect(forced.detected).toMatchObject({ delimiter: ',', decimal: '.' });
    expect(forced.columns).toEqual(['code;lon']);
  });

  it('Excel’s “Unicode Text” (UTF-16 LE with a BOM, tabs) is read, even without a telling name', async () => {
    const text = 'code\tname_ru\tlon\r\nKG-V-0012\tУзген\t73,30068\r\n';
    const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await openSource({ buffer, name: 'villages' });
    expect(result.detected).toMatchObject({ format: 'csv', encoding: 'utf-16le', delimiter: '\t', decimal: ',', bom: true });
    expect(await collect(result)).toEqual([{ n: 2, values: { code: 'KG-V-0012', name_ru: 'Узген', lon: '73,30068' } }]);
  });

  it('Excel’s hidden `sep=;` first line sets the separator and is not counted as a row', async () => {
    const result = await openSource(csv('sep=;\ncode;lon\nKG-V-0001;72,5\n'));
    expect(result.detected.delimiter).toBe(';');
    expect(result.columns).toEqual(['code', 'lon']);
    expect(await collect(result)).toEqual([{ n: 2, values: { code: 'KG-V-0001', lon: '72,5' } }]);
  });

  it('a title above the header (one cell per row) is skipped and reported, with row numbers kept', async () => {
    const result = await openSource(csv('Продажи OVOP+1 за 2024 год;;;\n;;;\nИсточник: МЧС;;;\nproduct_code;channel;month;revenue_kgs\nKG-PR-0001;fair;2024-03;79913\n'));
    expect(result.columns).toEqual(['product_code', 'channel', 'month', 'revenue_kgs']);
    expect(result.warnings).toEqual([{ code: 'title_rows_skipped', params: { rows: '1–3', header: 4 } }]);
    expect((await collect(result)).map((r) => r.n)).toEqual([5]);
  });

  it('a one-column file keeps its first row as the header', async () => {
    const result = await openSource(csv('code\nKG-V-0001\nKG-V-0002\n'));
    expect(result.columns).toEqual(['code']);
    expect(result.warnings).toEqual([]);
    expect(await collect(result)).toHaveLength(2);
  });

  it('Windows-1251 text that first appears after 64 KB of ASCII still decides the encoding', async () => {
    const ascii = 'code,name\n' + 'KG-V-0001,Massy\n'.repeat(6000);
    const buffer = Buffer.concat([Buffer.from(ascii), iconv.encode('KG-V-0012,Узген\n', 'windows-1251')]);
    expect(ascii.length).toBeGreaterThan(64 * 1024);
    const result = await openSource({ buffer, name: 'villages.csv' });
    expect(result.detected.encoding).toBe('windows-1251');
    const records = await collect(result);
    expect(records.at(-1)!.values.name).toBe('Узген');
  });
});

describe('CSV files that cannot be read', () => {
  it('an empty file is empty_file', async () => {
    const err = await readError(openSource(fixture('empty.csv')));
    expect(err.code).toBe('empty_file');
    expect(err.params).toEqual({ name: 'empty.csv' });
  });

  it('a file of blank lines is empty_file too', async () => {
    expect((await readError(openSource(csv('\n\r\n  \n')))).code).toBe('empty_file');
  });

  it('a first row of numbers is no header', async () => {
    const err = await readError(openSource(csv('1;2;3\n4;5;6\n')));
    expect(err).toMatchObject({ code: 'no_header', params: { row: 1 } });
  });

  it('a quote never closed names the row where it opens', async () => {
    const err = await readError(openSource(fixture('sales_unclosed_quote.csv')).then(collect));
    expect(err).toMatchObject({ code: 'bad_csv', params: { row: 3, detail: 'quote_not_closed' } });
  });

  it('a missing file is file_not_found', async () => {
    const err = await readError(openSource(fixture('no-such-file.csv')));
    expect(err).toMatchObject({ code: 'file_not_found', params: { name: 'no-such-file.csv' } });
  });
});

describe('100,000 sales rows from scripts/lib/make-sales-csv.ts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-read-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stream through with every row numbered, from a path and with semicolons and decimal commas', async () => {
    const path = join(dir, 'sales.csv');
    await writeSalesCsv(path, { rows: 100_000, delimiter: ';' });
    const result = await openSource({ path });
    expect(result.detected).toMatchObject({ delimiter: ';', decimal: ',', encoding: 'utf-8' });
    let count = 0;
    let last = 0;
    let ragged = 0;
    for await (const record of result.records) {
      count += 1;
      last = record.n;
      if (record.extra || record.missing) ragged += 1;
    }
    expect(count).toBe(100_000);
    expect(last).toBe(100_001);
    expect(ragged).toBe(0);
  });
});

describe('parseDecimal', () => {
  it('reads the decimal comma, spaces between thousands and comma thousands in point files', () => {
    expect(parseDecimal('79913,50', ',')).toBe(79913.5);
    expect(parseDecimal('1 234 567,5', ',')).toBe(1234567.5);
    expect(parseDecimal('1\u00a0234,5', ',')).toBe(1234.5);
    expect(parseDecimal('1.234,5', ',')).toBe(1234.5);
    expect(parseDecimal('72.5', ',')).toBe(72.5);
    expect(parseDecimal('1,234.5', '.')).toBe(1234.5);
    expect(parseDecimal('-0.25', '.')).toBe(-0.25);
  });

  it('is null for an empty cell, NaN for text, and passes numbers through', () => {
    expect(parseDecimal(null)).toBeNull();
    expect(parseDecimal('  ')).toBeNull();
    expect(parseDecimal('about 5')).toBeNaN();
    expect(parseDecimal('1,5', '.')).toBeNaN();
    expect(parseDecimal(12.5)).toBe(12.5);
  });
});
