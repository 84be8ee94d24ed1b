// One database code path: DATABASE_URL set → that PostgreSQL/PostGIS; unset → embedded PostGIS.
import pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbedded } from './embedded.ts';
import { redactUrl } from '../lib/redact.ts';

export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  pool: pg.Pool;
  kind: DatabaseKind;
  /** Where the data lives, safe to print (no password). */
  where: string;
  close(): Promise<void>;
}

export interface PoolOptions {
  statementTimeoutMs?: number;
}

/**
 * A pg.Pool suited to the kind of database.
 * PGlite is a single session underneath: statements from different pool clients would interleave in that one
 * session, and a transaction on one client would capture the others' statements. One client loses nothing
 * (PGlite runs one statement at a time anyway) and keeps transactions whole.
 */
export function createPool(url: string, kind: DatabaseKind, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: kind === 'embedded' ? 1 : 10,
    idleTimeoutMillis: kind === 'embedded' ? 0 : 30_000,
    application_name: 'resiland-atlas',
    // statement_timeout is sent as a startup parameter; PGlite's single-threaded build has no timer to honour it.
    ...(kind === 'postgres' && options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => {});
  return pool;
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void = (line) => console.log(line),
): Promise<Database> {
  if (config.databaseUrl) {
    const where = redactUrl(config.databaseUrl);
    log(`Database: PostgreSQL at ${where}`);
    const pool = createPool(config.databaseUrl, 'postgres', { statementTimeoutMs: config.statementTimeoutMs });
    return { pool, kind: 'postgres', where, close: () => pool.end() };
  }
  const embedded = await startEmbedded({ dataDir: config.dataDir, port: config.embeddedDbPort, log });
  log(`Database: embedded PostGIS, data in ${embedded.dataDir} (served on ${redactUrl(embedded.url)})`);
  const pool = createPool(embedded.url, 'embedded');
  return {
    pool,
    kind: 'embedded',
    where: embedded.dataDir,
    async close() {
      await pool.end();
      await embedded.stop();
    },
  };
}
