// npm run bench:import — how long importing a 100,000-row sales CSV takes (read, validate, stage, check, upsert,
// commit: one importFile call, the command line's own core), on the real PostgreSQL/PostGIS of DATABASE_URL (in a
// database atlas_bench_import there, made afresh for each run) and on a new embedded database; budgets 10 s and 30 s.
// Each measurement runs in a child process on a freshly seeded database (the shipped data/), so its peak RSS is the
// import's own (the embedded one includes the database, which lives in that process). A 10,000-row file measured the
// same way shows whether memory grows with the file (it should not: the file is streamed, staged in batches).
// Also times importing the same file again (every row unchanged). Prints a Markdown table for README "Import speed".
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../server/config.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDatabase } from '../server/db/pool.ts';
import { seed } from '../server/db/seed.ts';
import { importFile } from '../server/lib/import/index.ts';
import { REPO_ROOT } from '../server/lib/paths.ts';
import { redactUrl } from '../server/lib/redact.ts';
import { writeSalesCsv } from './lib/make-sales-csv.ts';

const BUDGET_MS = { postgres: 10_000, embedded: 30_000 } as const;
const BENCH_DB = 'atlas_bench_import';
const run = promisify(execFile);

interface ChildResult {
  rows: number;
  importMs: number;
  reimportMs: number;
  inserted: number;
  unchanged: number;
  maxRssMb: number;
}

/** In the child: open the configured database, migrate, seed, then time two imports of the file. */
async function child(file: string): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, () => {});
  try {
    await migrate(db.pool);
    await seed(db.pool, { dataDir: path.join(REPO_ROOT, 'data'), force: true });
    const first = await importFile(db.pool, { dataset: 'sales', input: { path: file } });
    const again = await importFile(db.pool, { dataset: 'sales', input: { path: file } });
    if (first.status !== 'imported' || again.status !== 'imported') throw new Error(`import ${first.status}: ${first.summary}`);
    const result: ChildResult = {
      rows: first.counts.rows,
      importMs: first.ms,
      reimportMs: again.ms,
      inserted: first.counts.inserted,
      unchanged: again.counts.unchanged,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(JSON.stringify(result));
  } finally {
    await db.close();
  }
}

async function measure(file: string, env: Record<string, string>): Promise<ChildResult> {
  const { stdout } = await run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(REPO_ROOT, 'scripts', 'bench-import.ts'), '--child', file], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

async function freshPostgres(url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  } finally {
    await admin.end();
  }
  const bench = new URL(url);
  bench.pathname = `/${BENCH_DB}`;
  return bench.toString();
}

async function main(): Promise<void> {
  const config = loadConfig();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-import-'));
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  const loadBefore = load();
  try {
    const files: Record<number, string> = {};
    for (const rows of [10_000, 100_000]) {
      files[rows] = path.join(dir, `sales-${rows}.csv`);
      await writeSalesCsv(files[rows]!, { rows });
    }
    const lines: string[] = [];
    const kinds: ('postgres' | 'embedded')[] = config.databaseUrl ? ['postgres', 'embedded'] : ['embedded'];
    for (const kind of kinds) {
      for (const rows of [10_000, 100_000]) {
        const dataDir = kind === 'embedded' ? mkdtempSync(path.join(dir, 'pglite-')) : null;
        const env: Record<string, string> = dataDir ? { DATABASE_URL: '', DATA_DIR: dataDir } : { DATABASE_URL: await freshPostgres(config.databaseUrl!) };
        console.error(`${kind}: ${rows} rows…`);
        const r = await measure(files[rows]!, env);
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
        const verdict = rows === 100_000 ? (r.importMs <= BUDGET_MS[kind] ? 'met' : '**missed**') : '–';
        lines.push(
          `| ${kind === 'postgres' ? 'PostGIS' : 'embedded'} | ${rows.toLocaleString('en')} | ${(r.importMs / 1000).toFixed(1)} s | ` +
            `${Math.round(r.rows / (r.importMs / 1000)).toLocaleString('en')} | ${(r.reimportMs / 1000).toFixed(1)} s | ${r.maxRssMb} MB | ` +
            `${rows === 100_000 ? `≤ ${BUDGET_MS[kind] / 1000} s: ${verdict}` : ''} |`,
        );
      }
    }
    const machine = `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, Node ${process.version}`;
    console.log(
      [
        `\`${config.databaseUrl ? `DATABASE_URL=${redactUrl(config.databaseUrl)} ` : ''}npm run bench:import\` — ${machine}; load average ${loadBefore} before, ${load()} after.`,
        '',
        '| database | rows | import (validate + write) | rows/s | same file again (all unchanged) | peak RSS of the process | budget |',
        '|---|--:|--:|--:|--:|--:|---|',
        ...lines,
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
(childAt >= 0 ? child(process.argv[childAt + 1]!) : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
