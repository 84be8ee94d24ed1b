// A large sales CSV for the import's tests and benchmark (issue 6: "a CSV of 100,000 sales rows"). Made on
// demand, never committed: 100,000 rows are ~4 MB. Same rows on every run (seeded), every row valid and
// unique on (product, channel, month), with product codes that data/sample/products.json has.
//
//   npx tsx scripts/lib/make-sales-csv.ts /tmp/sales-100k.csv [rows] [--semicolon]
import { createWriteStream, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { createRng, seedFrom } from './prng.ts';

export const SALES_CHANNELS = ['bishkek_shop', 'karakol_shop', 'fair', 'exhibition', 'online', 'export'] as const;

export interface SalesRow {
  product_code: string;
  channel: string;
  /** YYYY-MM */
  month: string;
  quantity: number;
  /** Som with tyiyn (two decimals). */
  revenue_kgs: number;
}

export interface SalesCsvOptions {
  /** Data rows (the header is not counted). Default 100,000. */
  rows?: number;
  /** Default: every product code in data/sample/products.json. */
  products?: readonly string[];
  channels?: readonly string[];
  /** The first month, YYYY-MM. Default 2010-01 (100,000 rows over 90 products × 6 channels reach 2025-06). */
  startMonth?: string;
  /** Default ','. With ';' the decimal mark is ',' unless `decimal` says otherwise (as Excel with Russian settings writes). */
  delimiter?: ',' | ';';
  decimal?: '.' | ',';
  /** Change a row before it is written (e.g. a negative revenue on one row); `n` is the spreadsheet row (header = 1). */
  mutate?: (row: SalesRow, n: number) => SalesRow | Record<keyof SalesRow, string | number>;
  seed?: number;
}

const SAMPLE_PRODUCTS = resolve(import.meta.dirname, '../../data/sample/products.json');

export function sampleProductCodes(): string[] {
  const products = JSON.parse(readFileSync(SAMPLE_PRODUCTS, 'utf8')) as { code: string }[];
  return products.map((p) => p.code);
}

function addMonths(start: string, k: number): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + k;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * The rows, month by month: within a month every channel of every product once, so (product, channel,
 * month) never repeats however many rows are asked for.
 */
export function* salesRows(options: SalesCsvOptions = {}): Generator<SalesRow> {
  const rows = options.rows ?? 100_000;
  const products = options.products ?? sampleProductCodes();
  const channels = options.channels ?? SALES_CHANNELS;
  if (products.length === 0 || channels.length === 0) throw new Error('make-sales-csv: no products or channels');
  const rng = createRng(options.seed ?? seedFrom('make-sales-csv'));
  // A unit price per product, so revenue / quantity looks like a price list.
  const price = new Map(products.map((p) => [p, rng.int(150, 1500)]));
  const perMonth = products.length * channels.length;
  for (let i = 0; i < rows; i += 1) {
    const product = products[i % products.length]!;
    const channel = channels[Math.floor(i / products.length) % channels.length]!;
    const month = addMonths(options.startMonth ?? '2010-01', Math.floor(i / perMonth));
    const quantity = rng.int(5, 600);
    const revenue = Math.round(quantity * price.get(product)! * rng.float(0.9, 1.1) * 100) / 100;
    yield { product_code: product, channel, month, quantity, revenue_kgs: revenue };
  }
}

const HEADER: readonly (keyof SalesRow)[] = ['product_code', 'channel', 'month', 'quantity', 'revenue_kgs'];

/** The CSV text, line by line (each ends with '\n'), header first. */
export function* salesCsvLines(options: SalesCsvOptions = {}): Generator<string> {
  const delimiter = options.delimiter ?? ',';
  const decimal = options.decimal ?? (delimiter === ';' ? ',' : '.');
  yield `${HEADER.join(delimiter)}\n`;
  let n = 1;
  for (const generated of salesRows(options)) {
    n += 1;
    const row = options.mutate ? options.mutate(generated, n) : generated;
    const cells = HEADER.map((key) => {
      const v = row[key];
      if (key === 'revenue_kgs' && typeof v === 'number') {
        const text = v.toFixed(2);
        return decimal === ',' ? text.replace('.', ',') : text;
      }
      return String(v);
    });
    yield `${cells.join(delimiter)}\n`;
  }
}

/** Writes the CSV to `path`, streaming (memory stays flat however many rows). */
export async function writeSalesCsv(path: string, options: SalesCsvOptions = {}): Promise<{ rows: number }> {
  // Batches of lines: one write per line would make the stream the bottleneck.
  function* batches(): Generator<string> {
    let batch = '';
    for (const line of salesCsvLines(options)) {
      batch += line;
      if (batch.length >= 64 * 1024) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  await pipeline(Readable.from(batches()), createWriteStream(path));
  return { rows: options.rows ?? 100_000 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
  if (!path) {
    console.error('usage: npx tsx scripts/lib/make-sales-csv.ts <out.csv> [rows] [--semicolon]');
    process.exit(2);
  }
  await writeSalesCsv(path, { rows, delimiter: args.includes('--semicolon') ? ';' : ',' });
  console.log(`${rows} sales rows written to ${path}`);
}
