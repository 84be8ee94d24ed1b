// A small migration runner: server/sql/migrations/NNN_name.sql applied in order, each in its own transaction,
// recorded with a checksum in schema_migrations. Editing an applied migration is an error: add a new one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { MIGRATIONS_DIR } from '../lib/paths.ts';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  sql: string;
}

export interface MigrateResult {
  applied: Migration[];
  alreadyApplied: number;
}

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;
// Any constant works; it keeps two servers starting at once from applying the same migration twice.
const LOCK_KEY = 4_172_024;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match) {
        throw new MigrationError(`Migration file ${file} is not named NNN_lower_case_name.sql (e.g. 003_add_tiles.sql)`);
      }
      const sql = readFileSync(path.join(dir, file), 'utf8');
      return { version: Number(match[1]), name: match[2]!, checksum: checksum(sql), sql };
    });
  const seen = new Set<number>();
  for (const m of migrations) {
    if (seen.has(m.version)) throw new MigrationError(`Two migrations share version ${m.version} in ${dir}`);
    seen.add(m.version);
  }
  return migrations;
}

export const checksum = (sql: string): string =>
  createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');

export async function migrate(pool: pg.Pool, dir: string = MIGRATIONS_DIR): Promise<MigrateResult> {
  const migrations = readMigrations(dir);
  await pool.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    checksum    text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await pool.query<{ version: number; name: string; checksum: string }>(
    'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
  );
  const recorded = new Map(rows.map((r) => [r.version, r]));
  for (const m of migrations) {
    const r = recorded.get(m.version);
    if (r && r.checksum !== m.checksum) {
      throw new MigrationError(
        `Migration ${String(m.version).padStart(3, '0')}_${m.name}.sql was changed after it was applied ` +
          `(checksum ${m.checksum.slice(0, 12)}… differs from the recorded ${r.checksum.slice(0, 12)}…). ` +
          'Restore the file as it was and put the change in a new migration file.',
      );
    }
  }

  const applied: Migration[] = [];
  for (const m of migrations.filter((x) => !recorded.has(x.version))) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const again = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (again.rowCount === 0) {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          m.checksum,
        ]);
        applied.push(m);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      const message = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`Migration ${String(m.version).padStart(3, '0')}_${m.name}.sql failed: ${message}`, {
        cause: error,
      });
    } finally {
      client.release();
    }
  }
  return { applied, alreadyApplied: recorded.size };
}
