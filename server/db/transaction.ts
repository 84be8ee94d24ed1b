// One transaction on one pooled client. With the embedded database the pool has ONE client (server/db/pool.ts):
// inside `work`, every query must go through the client it is given, never the pool, or it waits forever for the
// client this transaction holds.
import type pg from 'pg';

/** What a statement can run on: the pool, or a client inside a transaction (recordAudit takes either). */
export type Queryable = Pick<pg.ClientBase, 'query'>;

export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
