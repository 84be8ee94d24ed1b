import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  DEFAULT_RADIUS_KM,
  SiteCollectionSchema,
  SiteDetailQuerySchema,
  SiteDetailSchema,
  SiteParamsSchema,
  SiteQuerySchema,
} from '../../schemas/api.ts';
import { assertRegion } from '../../lib/region-filter.ts';
import { defineExport } from '../../lib/export/config.ts';
import { FEATURE_FORMATS, withExportFormat } from '../../lib/export/format.ts';
import { GEOJSON, problemResponses, problemResponsesWith404 } from '../problems.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/sites', {
    schema: {
      tags: ['sites'],
      summary: 'Hazard sites as points, filtered by region, hazard type and programme status',
      querystring: withExportFormat(SiteQuerySchema, FEATURE_FORMATS),
      response: { 200: SiteCollectionSchema, ...problemResponses },
    },
    config: { export: defineExport({ name: 'sites' }) },
  }, async (request, reply) => {
    const { region, hazard, status } = request.query;
    await assertRegion(app, region);
    reply.type(GEOJSON);
    return app.sitesRepository.list({ region, hazard, status });
  });

  app.get('/api/sites/:id', {
    schema: {
      tags: ['sites'],
      summary: 'One site with its hazard zone and the villages exposed to it',
      description:
        'A village is exposed when it lies inside the hazard-zone polygon (edge included) or within radiusKm ' +
        '(geodesic) of the site point; radiusKm=0 keeps the zone only. Totals count each village once. The ' +
        "exposure also lists the villages' products and their sales by year and channel, and the hectares of the " +
        "site's restoration plots, with the sourceIds behind them.",
      params: SiteParamsSchema,
      querystring: SiteDetailQuerySchema,
      response: { 200: SiteDetailSchema, ...problemResponsesWith404 },
    },
  }, async (request, reply) => {
    const { id } = request.params;
    const radiusKm = request.query.radiusKm ?? DEFAULT_RADIUS_KM;
    const site = await app.queryCache.get(`site:${id}:${radiusKm}`, () => app.sitesRepository.detail(id, radiusKm));
    if (!site) {
      return reply.notFound(`No site has the code "${id}". GET /api/sites lists the sites there are.`);
    }
    reply.type(GEOJSON);
    return site;
  });
};
export default routes;
