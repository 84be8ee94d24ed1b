import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DEFAULT_RADIUS_KM, VillageCollectionSchema, VillageQuerySchema } from '../../schemas/api.ts';
import { assertRegion } from '../../lib/region-filter.ts';
import { defineExport } from '../../lib/export/config.ts';
import { FEATURE_FORMATS, withExportFormat } from '../../lib/export/format.ts';
import { GEOJSON, problemResponses } from '../problems.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/villages', {
    schema: {
      tags: ['villages'],
      summary: 'Villages, filtered by region and by exposure to sites of a hazard type or status',
      description:
        'hazard and status keep the villages inside the zone of, or within radiusKm (default ' +
        `${DEFAULT_RADIUS_KM} km) of, at least one matching site; each village appears once.`,
      querystring: withExportFormat(VillageQuerySchema, FEATURE_FORMATS),
      response: { 200: VillageCollectionSchema, ...problemResponses },
    },
    config: { export: defineExport({ name: 'villages' }) },
  }, async (request, reply) => {
    const { region, hazard, status, radiusKm = DEFAULT_RADIUS_KM } = request.query;
    await assertRegion(app, region);
    reply.type(GEOJSON);
    return app.villagesRepository.list({ region, hazard, status }, radiusKm);
  });
};
export default routes;
