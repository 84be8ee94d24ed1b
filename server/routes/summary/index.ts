import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SummaryQuerySchema, SummarySchema } from '../../schemas/api.ts';
import { assertRegion } from '../../lib/region-filter.ts';
import { problemResponses } from '../problems.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/summary', {
    schema: {
      tags: ['summary'],
      summary: 'Key figures for the country or one region, sales for one year or all',
      description:
        'households and participants count OVOP+1 participation per village; salesUsd converts each month at the ' +
        'latest KGS per US$ rate on or before that month.',
      querystring: SummaryQuerySchema,
      response: { 200: SummarySchema, ...problemResponses },
    },
  }, async (request) => {
    const { region, year } = request.query;
    await assertRegion(app, region);
    return app.summaryRepository.summary({ region: region ?? null, year: year ?? null });
  });
};
export default routes;
