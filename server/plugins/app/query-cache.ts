// app.queryCache: the in-memory cache of costly, shared answers (see server/lib/query-cache.ts), keyed by the data
// version so an import committed by another process (the CLI) shows in the next answer.
import fp from 'fastify-plugin';
import { QueryCache } from '../../lib/query-cache.ts';
import { loadSql } from '../../lib/sql.ts';

const SQL = loadSql('import', ['readVersion']);
// An import by another process shows within this long of its commit; this process's own imports at once.
const VERSION_MAX_AGE_MS = 250;

declare module 'fastify' {
  interface FastifyInstance {
    queryCache: QueryCache;
  }
}

export default fp(
  async (app) => {
    const { pool } = app.db;
    const readVersion = async () => (await pool.query<{ version: number }>(SQL.readVersion)).rows[0]?.version ?? 0;
    app.decorate(
      'queryCache',
      new QueryCache({
        ttlMs: app.config.queryCacheTtlMs,
        maxEntries: app.config.queryCacheMaxEntries,
        readVersion,
        versionMaxAgeMs: VERSION_MAX_AGE_MS,
      }),
    );
  },
  { name: 'query-cache', dependencies: ['database'] },
);
