import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/pool.ts';
import { afterAll, beforeAll } from 'vitest';
import {
  FIXTURES_DIR,
  createTestDatabase,
  type TestDatabase,
  type TestDatabaseOptions,
  type TestTarget,
} from './databases.ts';

/** The app over a test database, quiet, serving the fixtures' base map. */
export async function buildTestApp(db: Database, env: Record<string, string> = {}): Promise<FastifyInstance> {
  // No briefing renderer warm-up (a Chromium per test app) unless a test asks for it.
  const config = loadConfig({ LOG_LEVEL: 'silent', HOST: '127.0.0.1', SEED_DIR: FIXTURES_DIR, BRIEFING_WARM: 'false', ...env }, {});
  const app = await buildApp({ db, config });
  await app.ready();
  return app;
}

/** JSON body of an inject() response, typed by the caller. */
export const json = <T>(response: { body: string }): T => JSON.parse(response.body) as T;

export interface ApiContext {
  db: TestDatabase;
  app: FastifyInstance;
}

/** Within a describe: a fresh seeded database and an app over it for the block's tests, removed afterwards. */
export function useApi(target: TestTarget, options: TestDatabaseOptions = {}): ApiContext {
  const ctx = {} as ApiContext;
  beforeAll(async () => {
    ctx.db = await createTestDatabase(target, options);
    ctx.app = await buildTestApp(ctx.db);
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.db?.drop();
  });
  return ctx;
}
