import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RegionCollectionSchema } from '../../schemas/api.ts';
import { GEOJSON, problemResponses } from '../problems.ts';
import { defineExport } from '../../lib/export/config.ts';
import { FEATURE_FORMATS, exportQuery } from '../../lib/export/format.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/regions', {
    schema: {
      tags: ['regions'],
      summary: 'Oblasts and cities of republican status (Osh city as a point)',
      querystring: exportQuery(FEATURE_FORMATS),
      response: { 200: RegionCollectionSchema, ...problemResponses },
    },
    config: { export: defineExport({ name: 'regions' }) },
  }, async (_request, reply) => {
    reply.type(GEOJSON);
    return app.regionsRepository.list();
  });
};
export default routes;
