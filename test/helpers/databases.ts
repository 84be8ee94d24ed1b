// The databases the API tests run against: always the embedded PostGIS, plus a real PostgreSQL/PostGIS when
// TEST_DATABASE_URL (or DATABASE_URL) is set. Each test file gets a fresh, migrated and seeded database:
// a new schema in the embedded one, a new database (created through the admin URL, dropped after) in the real one.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createPool, type Database, type DatabaseKind } from '../../server/db/pool.ts';
import { migrate } from '../../server/db/migrate.ts';
import { seed } from '../../server/db/seed.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { redactUrl } from '../../server/lib/redact.ts';

export const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'data');

export interface TestTarget {
  kind: DatabaseKind;
  url: string;
}

export function testTargets(): TestTarget[] {
  const targets: TestTarget[] = [{ kind: 'embedded', url: inject('embeddedDatabaseUrl') }];
  const admin = inject('postgresAdminUrl');
  if (admin) targets.push({ kind: 'postgres', url: admin });
  return targets;
}

export interface TestDatabase extends Database {
  /** Connection URL of this test database (embedded: the shared server; its schema is set session-wide). */
  url: string;
  /** Remove the schema/database; call in afterAll. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Data folder to seed (default: the fixtures); null = migrate only. */
  dataDir?: string | null;
  statementTimeoutMs?: number;
}

const uniqueName = () => `atlas_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

export async function createTestDatabase(target: TestTarget, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = uniqueName();
  let db: TestDatabase;
  if (target.kind === 'embedded') {
    // PGlite is ONE session behind the socket: search_path set once holds for every connection until the next
    // test file sets its own. Files run one after another (fileParallelism: false), so each sees its schema.
    const pool = createPool(target.url, 'embedded');
    await pool.query(`CREATE SCHEMA ${name}`);
    await pool.query(`SET search_path TO ${name}, public`);
    let closed = false;
    const close = async () => {
      if (!closed) await pool.end();
      closed = true;
    };
    db = {
      url: target.url,
      pool,
      kind: 'embedded',
      where: `schema ${name} of the embedded test database`,
      close,
      async drop() {
        await close();
        const cleanup = createPool(target.url, 'embedded');
        await cleanup.query(`DROP SCHEMA ${name} CASCADE`);
        await cleanup.query('SET search_path TO public');
        await cleanup.end();
      },
    };
  } else {
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(target.url);
    url.pathname = `/${name}`;
    const pool = createPool(url.toString(), 'postgres', { statementTimeoutMs: options.statementTimeoutMs ?? 5000 });
    let closed = false;
    const close = async () => {
      if (!closed) await pool.end();
      closed = true;
    };
    db = {
      url: url.toString(),
      pool,
      kind: 'postgres',
      where: redactUrl(url.toString()),
      close,
      async drop() {
        await close();
        const cleanup = new pg.Client({ connectionString: target.url });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  try {
    await migrate(db.pool);
    const dataDir = options.dataDir === undefined ? FIXTURES_DIR : options.dataDir;
    if (dataDir !== null) await seed(db.pool, { dataDir });
  } catch (error) {
    await db.drop().catch(() => {});
    throw error;
  }
  return db;
}
