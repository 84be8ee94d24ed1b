// npm run bench [-- --duration 10 --no-readme]: load-tests the API on this machine, against loopback only.
//
// For the real PostgreSQL/PostGIS of DATABASE_URL (required; the benchmark works in a database `atlas_bench` on that
// server, created, migrated and seeded with data/ when missing) and then for the embedded PostGIS (a temporary one):
//   1. the same SQL the server runs, called directly through the server's repositories over a pg pool of the
//      server's size, by 20 concurrent callers for the same duration;
//   2. the server itself (server/main.ts as a child process on 127.0.0.1, LOG_LEVEL=warn) under autocannon with
//      20 connections, sending Accept-Encoding: gzip as a browser does;
// for GET /api/summary, GET /api/sites/<code>?radiusKm=5 and the busiest villages tile at zoom 6. The ratio of
// the mean latencies (server / SQL) is the cost of HTTP, validation, serialisation and compression.
//
// The shipped sample has 25 villages; the benchmark databases get ~5,000 more (synthetic, deterministic points
// inside the oblasts, marked as sample) so that a tile holds thousands of features, as a country's GeoNames
// places would. It prints a Markdown table and writes it into README.md's "Speed" section.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../server/config.ts';
import { createPool, type DatabaseKind } from '../server/db/pool.ts';
import { startEmbedded } from '../server/db/embedded.ts';
import { migrate } from '../server/db/migrate.ts';
import { seed } from '../server/db/seed.ts';
import { REPO_ROOT } from '../server/lib/paths.ts';
import { parseNamedSql } from '../server/lib/sql.ts';
import { redactUrl } from '../server/lib/redact.ts';
import { createSitesRepository } from '../server/plugins/app/sites-repository.ts';
import { createSummaryRepository } from '../server/plugins/app/summary-repository.ts';
import { createTilesRepository, detectTileEncoder } from '../server/plugins/app/tiles-repository.ts';
import { createRng } from './lib/prng.ts';
import { unscoped } from '../server/lib/scope.ts';

const CONNECTIONS = 20;
const WARMUP_S = 2;
const TILE_ZOOM = 6;
const BENCH_DB = 'atlas_bench';
const SYNTHETIC_CANDIDATES = 8000;
// Kyrgyzstan's bounding box; candidates outside every oblast are dropped by the SQL.
const KG_BBOX = { west: 69.25, south: 39.15, east: 80.3, north: 43.3 };

const args = process.argv.slice(2);
const durationArg = args.indexOf('--duration');
const DURATION_S = durationArg >= 0 ? Number(args[durationArg + 1]) : 10;
const WRITE_README = !args.includes('--no-readme');
if (!(DURATION_S > 0)) throw new Error('--duration must be a number of seconds greater than 0');

const SQL = parseNamedSql(readFileSync(path.join(REPO_ROOT, 'scripts', 'benchmark.sql'), 'utf8'), 'scripts/benchmark.sql');
const sql = (name: string): string => {
  const text = SQL[name];
  if (!text) throw new Error(`scripts/benchmark.sql has no statement "${name}"`);
  return text;
};

interface Endpoint {
  name: string;
  path: string;
  target: number;
  /** The same work through the server's repository, without HTTP. */
  direct: () => Promise<unknown>;
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  /** Answers that were not 2xx, or failed. */
  failures: number;
}

interface Row {
  database: string;
  endpoint: string;
  target: number;
  /** The server as shipped: repeated answers come from its in-memory cache. */
  server: Measure;
  /** The server with QUERY_CACHE_TTL_MS=0: every request runs its SQL, the like-for-like comparison with `sql`. */
  uncached: Measure;
  sql: Measure;
}

const log = (line: string) => console.log(`[bench] ${line}`);
// Other work on the machine skews the figures; the report says how busy it was.
const LOAD_AT_START = os.loadavg();
const config = loadConfig();

// ── Preparing the databases ─────────────────────────────────────────────────────────────────
function syntheticVillages(): [number, number, number][] {
  const rng = createRng(20250514);
  return Array.from({ length: SYNTHETIC_CANDIDATES }, () => [
    Math.round(rng.float(KG_BBOX.west, KG_BBOX.east) * 1e5) / 1e5,
    Math.round(rng.float(KG_BBOX.south, KG_BBOX.north) * 1e5) / 1e5,
    rng.int(20, 2000),
  ]);
}

async function prepare(pool: pg.Pool): Promise<void> {
  await migrate(pool);
  await seed(pool, { dataDir: path.join(REPO_ROOT, 'data'), log });
  await pool.query(sql('add_source'));
  await pool.query(sql('add_villages'), [JSON.stringify(syntheticVillages())]);
  const { rows } = await pool.query<{ n: number }>(sql('count_villages'));
  log(`${rows[0]!.n} villages in the database`);
}

/** The URL of `atlas_bench` on the server of `url`, created when missing. */
async function benchDatabaseUrl(url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DB]);
    if (!rowCount) {
      log(`creating database ${BENCH_DB}`);
      await admin.query(`CREATE DATABASE ${BENCH_DB}`);
    }
  } finally {
    await admin.end();
  }
  const bench = new URL(url);
  bench.pathname = `/${BENCH_DB}`;
  return bench.toString();
}

async function endpoints(pool: pg.Pool): Promise<{ list: Endpoint[]; versions: { postgres: string; postgis: string } }> {
  const sites = createSitesRepository(pool);
  const summary = createSummaryRepository(pool);
  const { encoder } = await detectTileEncoder(pool);
  const tiles = createTilesRepository(pool, { featureLimit: config.tileFeatureLimit, encoder });
  const site = (await sites.list()).features[0]?.id;
  if (!site) throw new Error('The benchmark database has no hazard site');
  const busiest = (await pool.query<{ x: number; y: number; features: number }>(sql('busiest_tile'), [TILE_ZOOM])).rows[0]!;
  const versions = (await pool.query<{ postgres: string; postgis: string }>(sql('versions'))).rows[0]!;
  const tile = { z: TILE_ZOOM, x: busiest.x, y: busiest.y };
  return {
    versions,
    list: [
      { name: 'GET /api/summary', path: '/api/summary', target: 50, direct: () => summary.summary(unscoped(), null) },
      {
        name: `GET /api/sites/${site}?radiusKm=5`,
        path: `/api/sites/${site}?radiusKm=5`,
        target: 50,
        direct: () => sites.detail(site, 5),
      },
      {
        name: `GET /tiles/villages/${tile.z}/${tile.x}/${tile.y}.mvt (${busiest.features} villages)`,
        path: `/tiles/villages/${tile.z}/${tile.x}/${tile.y}.mvt`,
        target: 100,
        direct: () => tiles.tile('villages', tile),
      },
    ],
  };
}

// ── Load ────────────────────────────────────────────────────────────────────────────────────
const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** CONNECTIONS concurrent callers of `call`, each calling again as soon as its answer is in, for `seconds`. */
async function loadDirect(call: () => Promise<unknown>, seconds: number): Promise<Measure> {
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          await call();
          latencies.push(performance.now() - started);
        } catch {
          failures++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const mean = latencies.reduce((s, v) => s + v, 0) / latencies.length;
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), mean, failures };
}

async function loadHttp(url: string, seconds: number): Promise<Measure> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

// ── The server under test ───────────────────────────────────────────────────────────────────
async function startServer(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server', 'main.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', SEED_DIR: 'data', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in 180 s:\n${out}`)), 180_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Resiland Atlas at (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${out}`));
    });
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function measureDatabase(
  label: string,
  kind: DatabaseKind,
  directUrl: () => Promise<{ url: string; close: () => Promise<void> }>,
  serverEnv: Record<string, string>,
): Promise<{ rows: Row[]; versions: { postgres: string; postgis: string } }> {
  // 1. Direct SQL, with the server's pool size for this kind of database.
  const direct = await directUrl();
  const pool = createPool(direct.url, kind, { statementTimeoutMs: config.statementTimeoutMs });
  const sqlMeasures: Measure[] = [];
  let list: Endpoint[];
  let versions: { postgres: string; postgis: string };
  try {
    ({ list, versions } = await endpoints(pool));
    for (const e of list) {
      log(`${label}: SQL of ${e.name}`);
      await loadDirect(e.direct, WARMUP_S);
      sqlMeasures.push(await loadDirect(e.direct, DURATION_S));
    }
  } finally {
    await pool.end();
    await direct.close();
  }

  // 2. The server over the same database: first with its answer cache off (every request runs the SQL, so it
  //    compares like for like with step 1), then as shipped (cache on).
  const measureServer = async (env: Record<string, string>, what: string): Promise<Measure[]> => {
    const server = await startServer({ ...serverEnv, ...env });
    const out: Measure[] = [];
    try {
      for (const e of list) {
        log(`${label}: server (${what}) ${e.name}`);
        await loadHttp(server.url + e.path, WARMUP_S);
        out.push(await loadHttp(server.url + e.path, DURATION_S));
      }
    } finally {
      await server.stop();
    }
    return out;
  };
  const uncached = await measureServer({ QUERY_CACHE_TTL_MS: '0' }, 'cache off');
  const cached = await measureServer({}, 'as shipped');
  const rows: Row[] = list.map((e, i) => ({
    database: label,
    endpoint: e.name,
    target: e.target,
    server: cached[i]!,
    uncached: uncached[i]!,
    sql: sqlMeasures[i]!,
  }));
  return { rows, versions };
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────
const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const rps = (v: number) => v.toFixed(0);

function table(rows: readonly Row[]): string {
  const lines = [
    '| database | endpoint | req/s | p50 ms | p99 ms | target p99 | cache off: req/s | p99 ms | SQL alone: req/s | p99 ms | cache off / SQL |',
    '|---|---|--:|--:|--:|---|--:|--:|--:|--:|--:|',
  ];
  for (const r of rows) {
    const met = r.server.p99 <= r.target ? 'met' : '**missed**';
    const failures = r.server.failures + r.uncached.failures + r.sql.failures;
    lines.push(
      `| ${r.database} | \`${r.endpoint}\`${failures ? ` (${failures} failed)` : ''} | ${rps(r.server.rps)} | ${ms(r.server.p50)} | ` +
        `${ms(r.server.p99)} | ≤ ${r.target} ms: ${met} | ${rps(r.uncached.rps)} | ${ms(r.uncached.p99)} | ` +
        `${rps(r.sql.rps)} | ${ms(r.sql.p99)} | ${(r.uncached.mean / r.sql.mean).toFixed(2)}× |`,
    );
  }
  return lines.join('\n');
}

const START = '<!-- speed:start (written by `npm run bench`) -->';
const END = '<!-- speed:end -->';

function writeReadme(block: string): void {
  const file = path.join(REPO_ROOT, 'README.md');
  const text = readFileSync(file, 'utf8');
  const begin = text.indexOf(START);
  const finish = text.indexOf(END);
  if (begin < 0 || finish < begin) {
    log(`README.md has no ${START} … ${END} block; not written`);
    return;
  }
  writeFileSync(file, text.slice(0, begin + START.length) + '\n' + block + '\n' + text.slice(finish));
  log('README.md "Speed" section updated');
}

async function main(): Promise<void> {
  if (!config.databaseUrl) {
    throw new Error('Set DATABASE_URL to a PostgreSQL/PostGIS server (the benchmark works in its database atlas_bench).');
  }
  const benchUrl = await benchDatabaseUrl(config.databaseUrl);
  log(`real PostGIS: ${redactUrl(benchUrl)}`);
  {
    const pool = createPool(benchUrl, 'postgres');
    try {
      await prepare(pool);
    } finally {
      await pool.end();
    }
  }
  const real = await measureDatabase(
    'PostGIS',
    'postgres',
    async () => ({ url: benchUrl, close: async () => {} }),
    { DATABASE_URL: benchUrl },
  );

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-pglite-'));
  let embedded: Awaited<ReturnType<typeof measureDatabase>>;
  try {
    embedded = await measureDatabase(
      'embedded',
      'embedded',
      async () => {
        const db = await startEmbedded({ dataDir, log });
        const pool = createPool(db.url, 'embedded');
        try {
          await prepare(pool);
        } finally {
          await pool.end();
        }
        return { url: db.url, close: () => db.stop() };
      },
      { DATABASE_URL: '', DATA_DIR: dataDir },
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const cpus = os.cpus();
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');
  const machine =
    `${new Date().toISOString().slice(0, 10)}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}; ` +
    `PostGIS: PostgreSQL ${real.versions.postgres} / PostGIS ${real.versions.postgis}; ` +
    `embedded: PostgreSQL ${embedded.versions.postgres} / PostGIS ${embedded.versions.postgis} (PGlite); ` +
    `load average (1 / 5 / 15 min) ${load(LOAD_AT_START)} at the start, ${load(os.loadavg())} at the end`;
  const block = [
    `\`DATABASE_URL=${redactUrl(config.databaseUrl)} npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\` — ${machine}.`,
    `${CONNECTIONS} connections, ${DURATION_S} s per row after ${WARMUP_S} s of warm-up, Accept-Encoding: gzip; ` +
      'the first columns are the server as shipped (repeated answers come from its in-memory cache, QUERY_CACHE_TTL_MS); ' +
      '"cache off" = the server with QUERY_CACHE_TTL_MS=0, so every request runs its SQL; ' +
      '"SQL alone" = the same repository call straight over a pg pool of the server\'s size at the same concurrency; ' +
      '"cache off / SQL" = ratio of mean latencies, the server\'s own cost.',
    '',
    table([...real.rows, ...embedded.rows]),
  ].join('\n');
  console.log(`\n${block}\n`);
  if (WRITE_README) writeReadme(block);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
