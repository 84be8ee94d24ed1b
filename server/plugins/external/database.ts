// Puts the opened database on the instance. Whoever opened it (main.ts, a test) closes it.
import fp from 'fastify-plugin';
import type { Database } from '../../db/pool.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

export default fp<{ db: Database }>(
  async (app, { db }) => {
    app.decorate('db', db);
  },
  { name: 'database' },
);
