import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { buildTestApp } from '../helpers/app.ts';
import { createPool } from '../../server/db/pool.ts';
import { createTestDatabase, testTargets, type TestDatabase } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

/** A pool whose every query fails the way PostgreSQL does when statement_timeout fires. */
function timingOutPool(): pg.Pool {
  const error = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014', severity: 'ERROR' });
  return { query: async () => Promise.reject(error) } as unknown as pg.Pool;
}

/** A pool that sleeps 1 s in the database before each query, so a short statement_timeout fires for real. */
function slowPool(pool: pg.Pool): pg.Pool {
  return {
    query: async (...args: Parameters<pg.Pool['query']>) => {
      await pool.query('SELECT pg_sleep(1)');
      return (pool.query as (...a: unknown[]) => unknown)(...args);
    },
  } as unknown as pg.Pool;
}

describe.each(testTargets())('on the $kind database', (target) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await createTestDatabase(target);
    app = await buildTestApp(db);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('an unknown route is a 404 problem pointing at the API description', async () => {
    const problem = expectProblem(await app.inject({ url: '/api/nowhere?x=1' }), 404);
    expect(problem.detail).toBe('Nothing here: GET /api/nowhere is not a route of this API. The routes are listed at /docs.');
  });

  it('a database error is a 500 that hides the database message and names the request id', async () => {
    // Break the database under the running app: the villages table disappears.
    await db.pool.query('ALTER TABLE villages RENAME TO villages_gone');
    try {
      const res = await app.inject({ url: '/api/villages' });
      const problem = expectProblem(res, 500);
      expect(problem.detail).toBe(
        `Something went wrong on the server; try again, and if it persists report request id ${String(res.headers['x-request-id'])}.`,
      );
      expect(res.body).not.toMatch(/villages_gone|relation|does not exist|SELECT|FROM/i);
    } finally {
      await db.pool.query('ALTER TABLE villages_gone RENAME TO villages');
    }
  });

  it('a closed connection pool is a 500 without the driver message', async () => {
    const closed = createPool(db.url, db.kind);
    await closed.end();
    const broken = await buildTestApp({ ...db, pool: closed });
    try {
      const res = await broken.inject({ url: '/api/health' });
      expectProblem(res, 500);
      expect(res.body).not.toMatch(/pool|Cannot use|after calling end/i);
    } finally {
      await broken.close();
    }
  });

  it('a statement timeout is a 503 saying the query took too long', async () => {
    const timedOut = await buildTestApp({ ...db, pool: timingOutPool() });
    try {
      const problem = expectProblem(await timedOut.inject({ url: '/api/summary' }), 503);
      expect(problem.title).toBe('Query took too long');
      expect(problem.detail).not.toContain('canceling statement');
    } finally {
      await timedOut.close();
    }
  });

  // PGlite's single-threaded build has no timer to enforce statement_timeout, so only a real server can fire it.
  it.runIf(target.kind === 'postgres')('a real statement_timeout on PostgreSQL is answered with a 503', async () => {
    const short = createPool(db.url, 'postgres', { statementTimeoutMs: 200 });
    const slow = await buildTestApp({ ...db, pool: slowPool(short) });
    try {
      expectProblem(await slow.inject({ url: '/api/health' }), 503);
    } finally {
      await slow.close();
      await short.end();
    }
  });
});
