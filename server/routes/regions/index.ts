import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RegionCollectionSchema } from '../../schemas/api.ts';
import { GEOJSON, problemResponses } from '../problems.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/regions', {
    schema: {
      tags: ['regions'],
      summary: 'Oblasts and cities of republican status (Osh city as a point)',
      response: { 200: RegionCollectionSchema, ...problemResponses },
    },
  }, async (_request, reply) => {
    reply.type(GEOJSON);
    return app.regionsRepository.list();
  });
};
export default routes;
