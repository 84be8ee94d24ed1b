// GET /api/results: the results framework by region for donors, as JSON or CSV (?format=csv, one line per row and
// group) through plugins/app/export.ts. Answers are kept in the answer cache like the summaries.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ResultsQuerySchema, ResultsSchema, type ResultGroup, type Results } from '../../schemas/results.ts';
import { assertRegion } from '../../lib/region-filter.ts';
import { STATUS_RULE } from '../../lib/indicator-status.ts';
import { defineExport } from '../../lib/export/config.ts';
import { TABLE_FORMATS, withExportFormat } from '../../lib/export/format.ts';
import { problemResponses } from '../problems.ts';

/** One CSV line per row (group "all") and per group of it, with the row's names and sources on each. */
export function resultsCsvRows(results: Results) {
  return results.rows.flatMap(({ groups, ...row }) => {
    const shared = {
      indicator: row.indicator,
      name: row.name,
      unit: row.unit,
      higherIsBetter: row.higherIsBetter,
      region: row.region,
      regionName: row.regionName,
    };
    const figures = (f: Omit<ResultGroup, 'group' | 'derived' | 'withheld'>) => ({
      baseline: f.baseline,
      baselineYear: f.baselineYear,
      latestYear: f.latestYear,
      latestActual: f.latestActual,
      latestTarget: f.latestTarget,
      endTarget: f.endTarget,
      endYear: f.endYear,
      percentOfEndTarget: f.percentOfEndTarget,
      status: f.status,
    });
    return [
      { ...shared, group: 'all', derived: false, withheld: false, ...figures(row), isSample: row.isSample, sourceIds: row.sourceIds },
      ...groups.map((g) => ({
        ...shared, group: g.group, derived: g.derived, withheld: g.withheld, ...figures(g),
        isSample: row.isSample, sourceIds: row.sourceIds,
      })),
    ];
  });
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/results', {
    schema: {
      tags: ['summary'],
      summary: 'Results framework by region: baseline, latest actual, targets, percent of the end target, status, by sex and youth',
      description:
        'One row per indicator and region, the national row (region null) first; region keeps that oblast\'s rows ' +
        'only, indicator that indicator\'s. Per row: the baseline (with the first year on record), the latest actual ' +
        'and its year with the target set for that year, the end target (the last year on record, 2029), ' +
        'percentOfEndTarget = progress from the baseline to the end target, and status by the rule of GET ' +
        `/api/summary/indicators for the latest actual's year. ${STATUS_RULE} ` +
        'groups disaggregate the row by sex (women, men) and age (youth) where the data has those series; men is the ' +
        'whole minus women when only women are recorded (derived: true). People counts of 1 to 4 are sent as "<5" ' +
        'with no percentage; when one sex is "<5", the other sex\'s actual is withheld (null, withheld: true) so it ' +
        'cannot be subtracted from the whole. format=csv (or Accept: text/csv) downloads one line per row and group ' +
        '(UTF-8 with BOM, names in ky/ru/en columns, source_id and source_title); format=json the JSON.',
      querystring: withExportFormat(ResultsQuerySchema, TABLE_FORMATS),
      response: { 200: ResultsSchema, ...problemResponses },
    },
    config: { export: defineExport<Results>({ name: 'results', rows: resultsCsvRows }) },
  }, async (request) => {
    const { region, indicator } = request.query;
    await assertRegion(app, region);
    if (indicator !== undefined) {
      const codes = await app.queryCache.get('indicator-codes', () => app.resultsRepository.indicatorCodes());
      if (!codes.includes(indicator)) {
        throw app.httpErrors.badRequest(
          `Query parameter indicator must be the code of an indicator: one of ${codes.join(', ')}; received "${indicator}".`,
        );
      }
    }
    const filters = { region: region ?? null, indicator: indicator ?? null };
    return app.queryCache.get(`results:${JSON.stringify(filters)}`, () =>
      app.resultsRepository.results(filters.region, filters.indicator));
  });
};
export default routes;
