import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthSchema } from '../../schemas/api.ts';
import { problemResponses } from '../problems.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/health', {
    schema: {
      tags: ['health'],
      summary: 'Service and database status',
      response: { 200: HealthSchema, ...problemResponses },
    },
  }, async () => ({
    status: 'ok' as const,
    database: app.db.kind,
    postgis: await app.healthRepository.postgisVersion(),
  }));
};
export default routes;
