import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProductCollectionSchema, ProductQuerySchema } from '../../schemas/products.ts';
import { assertRegion } from '../../lib/region-filter.ts';
import { defineExport } from '../../lib/export/config.ts';
import { FEATURE_FORMATS, withExportFormat } from '../../lib/export/format.ts';
import { GEOJSON, problemResponses } from '../problems.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/products', {
    schema: {
      tags: ['products'],
      summary: 'OVOP+1 products at the village of their producer group, filtered by region and category',
      querystring: withExportFormat(ProductQuerySchema, FEATURE_FORMATS),
      response: { 200: ProductCollectionSchema, ...problemResponses },
    },
    config: { export: defineExport({ name: 'products' }) },
  }, async (request, reply) => {
    const { region, category } = request.query;
    await assertRegion(app, region);
    reply.type(GEOJSON);
    return app.productsRepository.list({ region, category });
  });
};
export default routes;
