// The one place that reads process.env (CONVENTIONS: "one env schema with defaults").
// Everything else receives a typed Config; tests call loadConfig({ ...overrides }).
import envSchema from 'env-schema';
import { Type, type Static } from 'typebox';
import path from 'node:path';
import { REPO_ROOT, fromRoot } from './lib/paths.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8080 }),
  HOST: Type.String({ default: '0.0.0.0' }),
  DATABASE_URL: Type.Optional(Type.String({ description: 'PostgreSQL/PostGIS URL; unset = embedded PostGIS' })),
  DATA_DIR: Type.String({ default: '.data/pglite', description: 'Embedded database folder (relative to the repo root)' }),
  EMBEDDED_DB_PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 0, description: '0 = any free loopback port' }),
  LOG_LEVEL: Type.Union(LOG_LEVELS.map((l) => Type.Literal(l)), { default: 'info' }),
  STATEMENT_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 5000 }),
  TILE_FEATURE_LIMIT: Type.Integer({ minimum: 1, default: 20000, description: 'Most features one vector tile layer carries' }),
  TILE_CACHE_MAX_AGE: Type.Integer({ minimum: 0, default: 300, description: 'Cache-Control max-age (seconds) of tiles and TileJSON' }),
  QUERY_CACHE_TTL_MS: Type.Integer({
    minimum: 0,
    default: 60_000,
    description: 'How long the server keeps a summary, exposure or tile answer in memory; 0 turns the cache off',
  }),
  QUERY_CACHE_MAX_ENTRIES: Type.Integer({ minimum: 1, default: 2000, description: 'Most answers kept in memory' }),
  CORS_ORIGINS: Type.String({
    default: 'http://localhost:5173,http://127.0.0.1:5173',
    description: "Comma-separated origins allowed to call the API from a browser; '*' for any, '' for none",
  }),
  SEED_DIR: Type.String({ default: 'data', description: 'Folder with sources.json, base/ and sample/' }),
  CHROMIUM_PATH: Type.String({
    default: '',
    description: "Chromium for the briefing PDF (GET /api/briefing.pdf); '' = look for chromium on the PATH and in the usual places",
  }),
  BRIEFING_TIMEOUT_MS: Type.Integer({
    minimum: 1000,
    default: 30_000,
    description: 'Longest a briefing PDF may take, waiting for a free browser page included; then 504',
  }),
  BRIEFING_CONCURRENCY: Type.Integer({
    minimum: 1,
    default: 2,
    description: 'Briefing PDFs rendered at once (each is a browser page drawing a map in software); others wait',
  }),
  BRIEFING_WARM: Type.Boolean({
    default: true,
    description: 'Start Chromium and load one briefing page as soon as the server listens, so the first PDF does not wait for them',
  }),
  SESSION_TTL_HOURS: Type.Integer({
    minimum: 1,
    maximum: 720,
    default: 12,
    description: 'How long a sign-in lasts (POST /api/auth/login), in hours; then the person signs in again',
  }),
  API_TOKEN_TTL_DAYS: Type.Integer({
    minimum: 1,
    maximum: 3650,
    default: 90,
    description: 'How long a new API token works unless its maker chooses a shorter time, in days',
  }),
  IMPORT_MAX_BYTES: Type.Integer({
    minimum: 1,
    default: 52_428_800,
    description: 'Largest file POST /api/import/:dataset accepts, in bytes (default 50 MB); a larger one is refused with 413',
  }),
  IMPORT_MAX_ROWS: Type.Integer({
    minimum: 1,
    default: 500_000,
    description: 'Most data rows one uploaded file may hold, in any format; a longer one is refused with 413 (split it, or use npm run import)',
  }),
});
export type Env = Static<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedDbPort: number;
  logLevel: (typeof LOG_LEVELS)[number];
  statementTimeoutMs: number;
  tileFeatureLimit: number;
  tileCacheMaxAge: number;
  queryCacheTtlMs: number;
  queryCacheMaxEntries: number;
  corsOrigins: string[] | '*';
  seedDir: string;
  webDistDir: string;
  basemapDir: string;
  /** '' = find one (server/lib/briefing/chromium.ts). */
  chromiumPath: string;
  briefingTimeoutMs: number;
  briefingConcurrency: number;
  /** Prepare the briefing renderer when the server starts listening (tests turn it off). */
  briefingWarm: boolean;
  sessionTtlHours: number;
  apiTokenTtlDays: number;
  importMaxBytes: number;
  importMaxRows: number;
}

type EnvInput = Record<string, string | number | undefined>;

/** Parse and validate settings. `env` defaults to process.env; `overrides` win over it (tests). */
export function loadConfig(overrides: EnvInput = {}, env: EnvInput = process.env): Config {
  const data: EnvInput = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = key in overrides ? overrides[key] : env[key];
    // An empty DATABASE_URL= in a .env or compose file means "not set".
    if (value !== undefined && !(key === 'DATABASE_URL' && value === '')) data[key] = value;
  }
  let parsed: Env;
  try {
    // env: false, or env-schema merges process.env under `data` and an explicit env argument would not be the whole truth.
    parsed = envSchema<Env>({ schema: EnvSchema, data, dotenv: false, env: false });
  } catch (error) {
    // env-schema says "env/PORT must be integer"; say which setting and what it received.
    const message = (error as Error).message.replace(/env\//g, '');
    const received = Object.entries(data).map(([k, v]) => `${k}=${JSON.stringify(v)}`).filter((kv) => message.includes(kv.split('=')[0]!));
    throw new Error(`Invalid environment setting: ${message}${received.length ? ` (received ${received.join(', ')})` : ''}`);
  }
  const seedDir = fromRoot(parsed.SEED_DIR);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: fromRoot(parsed.DATA_DIR),
    embeddedDbPort: parsed.EMBEDDED_DB_PORT,
    logLevel: parsed.LOG_LEVEL,
    statementTimeoutMs: parsed.STATEMENT_TIMEOUT_MS,
    tileFeatureLimit: parsed.TILE_FEATURE_LIMIT,
    tileCacheMaxAge: parsed.TILE_CACHE_MAX_AGE,
    queryCacheTtlMs: parsed.QUERY_CACHE_TTL_MS,
    queryCacheMaxEntries: parsed.QUERY_CACHE_MAX_ENTRIES,
    corsOrigins: parseOrigins(parsed.CORS_ORIGINS),
    seedDir,
    webDistDir: path.join(REPO_ROOT, 'web', 'dist'),
    basemapDir: path.join(seedDir, 'base'),
    chromiumPath: parsed.CHROMIUM_PATH,
    briefingTimeoutMs: parsed.BRIEFING_TIMEOUT_MS,
    briefingConcurrency: parsed.BRIEFING_CONCURRENCY,
    briefingWarm: parsed.BRIEFING_WARM,
    sessionTtlHours: parsed.SESSION_TTL_HOURS,
    apiTokenTtlDays: parsed.API_TOKEN_TTL_DAYS,
    importMaxBytes: parsed.IMPORT_MAX_BYTES,
    importMaxRows: parsed.IMPORT_MAX_ROWS,
  };
}

export function parseOrigins(value: string): string[] | '*' {
  const trimmed = value.trim();
  if (trimmed === '*') return '*';
  return trimmed.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Extra PostgreSQL servers the integration tests run against (TEST_DATABASE_URL, else DATABASE_URL).
 * Lives here so that no other file reads process.env.
 */
export function testDatabaseUrl(env: EnvInput = process.env): string | undefined {
  const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  return typeof url === 'string' && url !== '' ? url : undefined;
}
