// npm run import -- --dataset <name> <file> [--dry-run] [--replace] [--json] [--lang ky|ru|en]
//                   [--encoding utf-8|windows-1251] [--delimiter ','|';'|tab] [--decimal '.'|','] [--sheet <name>]
//                   [--format csv|xlsx|geojson|shapefile] [--source <source id>]
// Migrates, then imports one file into the configured database (DATABASE_URL, else the embedded one) through the
// same core the HTTP import uses (server/lib/import). Exit code 0: imported, or a dry run without errors;
// 1: rejected, or the command was wrong. --json prints the report as JSON on stdout and nothing else there.
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDatabase } from '../server/db/pool.ts';
import { DATASET_NAMES, LANGS, formatReport, importFile, isDatasetName, type Lang } from '../server/lib/import/index.ts';
import type { Format, ReadOptions } from '../server/lib/import/read/types.ts';

const USAGE = `Usage: npm run import -- --dataset <name> <file> [options]

  --dataset <name>    one of: ${DATASET_NAMES.join(', ')}
  --dry-run           check the file and say what would change; write nothing
  --replace           make the dataset exactly the file: rows it leaves out are deleted
  --json              print the report as JSON (stdout holds nothing else)
  --lang ky|ru|en     language of the report (default en)
  --encoding utf-8|windows-1251   --delimiter ,|;|tab   --decimal .|,   (CSV; detected when left out)
  --sheet <name>      the .xlsx sheet to read (default: the first)
  --format csv|xlsx|geojson|shapefile   (default: from the file)
  --source <id>       source cited by rows without a source_id (default user-import)

With the embedded database (no DATABASE_URL) and the atlas running, the import goes through the atlas's database.`;

const FORMATS = ['csv', 'xlsx', 'geojson', 'shapefile'] as const;
const ENCODINGS = ['utf-8', 'windows-1251'] as const;
const DELIMITERS: Readonly<Record<string, ',' | ';' | '\t'>> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t' };

class UsageError extends Error {}

const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; received "${value}"`);
  return value as T;
};

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dataset: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      encoding: { type: 'string' },
      delimiter: { type: 'string' },
      decimal: { type: 'string' },
      sheet: { type: 'string' },
      format: { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  if (!values.dataset) throw new UsageError('--dataset is required');
  if (!isDatasetName(values.dataset)) throw new UsageError(`--dataset must be one of ${DATASET_NAMES.join(', ')}; received "${values.dataset}"`);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one file at a time; received ${positionals.length}` : 'the file to import is missing');
  if (values.delimiter !== undefined && !(values.delimiter in DELIMITERS)) throw new UsageError(`--delimiter must be , ; or tab; received "${values.delimiter}"`);
  const options: ReadOptions = {};
  const format = oneOf<Format>('format', values.format, FORMATS);
  const encoding = oneOf('encoding', values.encoding?.toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^cp1251$/, 'windows-1251'), ENCODINGS);
  const decimal = oneOf('decimal', values.decimal, ['.', ','] as const);
  if (format) options.format = format;
  if (encoding) options.encoding = encoding;
  if (values.delimiter !== undefined) options.delimiter = DELIMITERS[values.delimiter]!;
  if (decimal) options.decimal = decimal;
  if (values.sheet !== undefined) options.sheet = values.sheet;
  return {
    dataset: values.dataset,
    file: path.resolve(positionals[0]!),
    dryRun: values['dry-run'],
    replace: values.replace,
    json: values.json,
    lang: oneOf<Lang>('lang', values.lang, LANGS) ?? 'en',
    options,
    ...(values.source ? { source: values.source } : {}),
  };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  // Progress goes to stderr, so stdout holds only the report (JSON with --json).
  const db = await openDatabase(config, (line) => console.error(line));
  try {
    await migrate(db.pool);
    const report = await importFile(db.pool, {
      dataset: args.dataset,
      input: { path: args.file },
      options: args.options,
      dryRun: args.dryRun,
      replace: args.replace,
      lang: args.lang,
      // The audit log names who ran it: the account on this machine.
      actor: `cli:${userInfo().username}`,
      ...(args.source ? { source: args.source } : {}),
    });
    console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return report.status === 'rejected' ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
