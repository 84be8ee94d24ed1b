import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SummaryQuerySchema, SummarySchema, type Summary } from '../../schemas/api.ts';
import { assertRegion } from '../../lib/region-filter.ts';
import { problemResponses } from '../problems.ts';
import { defineExport } from '../../lib/export/config.ts';
import { TABLE_FORMATS, withExportFormat } from '../../lib/export/format.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/summary', {
    schema: {
      tags: ['summary'],
      summary: 'Key figures for the country or one region, sales for one year or all',
      description:
        'households and participants count OVOP+1 participation per village; salesUsd converts each month at the ' +
        'latest KGS per US$ rate on or before that month.',
      querystring: withExportFormat(SummaryQuerySchema, TABLE_FORMATS),
      response: { 200: SummarySchema, ...problemResponses },
    },
    config: {
      export: defineExport<Summary>({
        name: 'summary',
        rows: async (s) => [{ ...s, sourceIds: await app.summariesRepository.summarySources(s.region, s.year) }],
      }),
    },
  }, async (request) => {
    const { region, year } = request.query;
    await assertRegion(app, region);
    const filters = { region: region ?? null, year: year ?? null };
    return app.queryCache.get(`summary:${JSON.stringify(filters)}`, () => app.summaryRepository.summary(filters));
  });
};
export default routes;
