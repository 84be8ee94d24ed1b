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
      summary: 'Key figures for the country or a part of it, sales for one year, a range of years or all',
      description:
        'households and participants count OVOP+1 participation per village; salesUsd converts each month at the ' +
        'latest KGS per US$ rate on or before that month. region and rayon keep the sites and villages there; hazard ' +
        'and status keep those sites and the villages exposed to one of them; category keeps the producer groups ' +
        'making it and its sales; year, or from/to, bound the sales period. Restoration follows the sites in scope ' +
        'and is cumulative.',
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
    const { region, year, from, to, rayon, hazard, status, category } = request.query;
    await assertRegion(app, region);
    if (year !== undefined && (from !== undefined || to !== undefined)) {
      throw app.httpErrors.badRequest('Send either year or from/to, not both: year=2024 is the same as from=2024&to=2024.');
    }
    if (from !== undefined && to !== undefined && from > to) {
      throw app.httpErrors.badRequest(`Query parameter from (${from}) must not be after to (${to}).`);
    }
    const filters = { region, year, from, to, rayon, hazard, status, category };
    return app.queryCache.get(`summary:${JSON.stringify(filters)}`, () => app.summaryRepository.summary(filters));
  });
};
export default routes;
