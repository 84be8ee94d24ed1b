import fp from 'fastify-plugin';
import type pg from 'pg';
import { loadSql } from '../../lib/sql.ts';

const SQL = loadSql('health', ['check']);

export function createHealthRepository(pool: pg.Pool) {
  return {
    async postgisVersion(): Promise<string> {
      const { rows } = await pool.query<{ postgis: string }>(SQL.check);
      return rows[0]?.postgis ?? 'unknown';
    },
  };
}
export type HealthRepository = ReturnType<typeof createHealthRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    healthRepository: HealthRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('healthRepository', createHealthRepository(app.db.pool));
  },
  { name: 'health-repository', dependencies: ['database'] },
);
