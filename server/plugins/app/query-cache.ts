// app.queryCache: the in-memory cache of costly, shared answers (see server/lib/query-cache.ts).
import fp from 'fastify-plugin';
import { QueryCache } from '../../lib/query-cache.ts';

declare module 'fastify' {
  interface FastifyInstance {
    queryCache: QueryCache;
  }
}

export default fp(
  async (app) => {
    app.decorate(
      'queryCache',
      new QueryCache({ ttlMs: app.config.queryCacheTtlMs, maxEntries: app.config.queryCacheMaxEntries }),
    );
  },
  { name: 'query-cache' },
);
