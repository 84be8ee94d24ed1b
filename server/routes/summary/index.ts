import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DEFAULT_RADIUS_KM, SummaryQuerySchema, SummarySchema, type Summary } from '../../schemas/api.ts';
import { resolveScope, scopeCacheKey } from '../../lib/scope.ts';
import { problemResponses } from '../problems.ts';
import { defineExport } from '../../lib/export/config.ts';
import { TABLE_FORMATS, withExportFormat } from '../../lib/export/format.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/summary', {
    schema: {
      tags: ['summary'],
      summary: 'Key figures for the country or a part of it (the scope the map sets), each with its sources and data date',
      description:
        'sites: the hazard sites in scope. households and participants: OVOP+1 participation of the villages in scope. ' +
        'producers: members of their producer groups (category keeps the groups making it). salesKgs: sales of those ' +
        'villages\' products in the period (category and channel apply); salesUsd converts each month at the latest KGS ' +
        'per US$ rate on or before that month. restorationHa: the activities of the sites in scope, cumulative to ' +
        'date (the period does not apply). The scope is the same as on every /api/summary/... answer: region and rayon ' +
        'keep the villages and sites there; site, hazard and status those sites and the villages exposed to one (in ' +
        `its zone or within ${DEFAULT_RADIUS_KM} km); village that village and the sites it is exposed to; area the ` +
        'villages whose point lies in the drawn outline and the sites whose zone reaches into it. year=YYYY is ' +
        'from=YYYY&to=YYYY. provenance gives, per figure, its sources, whether any of it is sample data and its data ' +
        'date. format=csv (or Accept: text/csv) downloads the figures as one CSV row.',
      querystring: withExportFormat(SummaryQuerySchema, TABLE_FORMATS),
      response: { 200: SummarySchema, ...problemResponses },
    },
    config: {
      export: defineExport<Summary>({
        name: 'summary',
        // One row: the figures, the scope, and every source behind them.
        rows: (s) => {
          const { provenance, ...figures } = s;
          const sourceIds = [...new Set(Object.values(provenance).flatMap((p) => p.sourceIds))].sort();
          return [{ ...figures, sourceIds }];
        },
      }),
    },
  }, async (request) => {
    const { year, ...query } = request.query;
    if (year !== undefined && (query.from !== undefined || query.to !== undefined)) {
      throw app.httpErrors.badRequest('Send either year or from/to, not both: year=2024 is the same as from=2024&to=2024.');
    }
    const scope = await resolveScope(app, year === undefined ? query : { ...query, from: String(year), to: String(year) });
    return app.queryCache.get(scopeCacheKey('summary', scope, year ?? null), () => app.summaryRepository.summary(scope, year ?? null));
  });
};
export default routes;
