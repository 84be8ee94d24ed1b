// The chart summaries: sales, participants, restoration and indicators, each for the filters the map sets
// (region, site, hazard, period) and each downloadable as CSV (?format=csv) through plugins/app/export.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DEFAULT_RADIUS_KM, type HazardType } from '../../schemas/api.ts';
import {
  IndicatorsSummarySchema,
  ParticipantsSummarySchema,
  RestorationSummarySchema,
  SALES_GROUPINGS,
  SalesByVillageSchema,
  SalesSummarySchema,
  SummaryFilterProperties,
  type IndicatorsSummary,
  type ParticipantsSummary,
  type RestorationSummary,
  type SalesByVillage,
  type SalesSummary,
} from '../../schemas/summaries.ts';
import { assertRegion } from '../../lib/region-filter.ts';
import { parsePeriod } from '../../lib/period.ts';
import { STATUS_RULE } from '../../lib/indicator-status.ts';
import { defineExport } from '../../lib/export/config.ts';
import { TABLE_FORMATS, withExportFormat } from '../../lib/export/format.ts';
import type { SummaryScope } from '../../plugins/app/summaries-repository.ts';
import { problemResponses } from '../problems.ts';

const FiltersQuery = Type.Object(SummaryFilterProperties);
const SalesQuery = Type.Object({
  by: Type.Optional(Type.Enum(SALES_GROUPINGS, {
    default: 'year',
    description: 'Group by year, month, channel, region (oblast), product category or site',
  })),
  ...SummaryFilterProperties,
});

const FILTERS_DOC =
  'Filters: region (oblast code) keeps the villages of that oblast; site and hazard keep the villages exposed to that ' +
  `site, or to any site of that hazard type: inside its hazard zone or within ${DEFAULT_RADIUS_KM} km (geodesic) of ` +
  'its point; from/to (YYYY or YYYY-MM, inclusive) bound the period. People counts of 1 to 4 are sent as "<5" ' +
  '(no personal data); money and hectares never are. format=csv (or Accept: text/csv) downloads the rows as CSV ' +
  '(UTF-8 with BOM, names in ky/ru/en columns, source_id and source_title per row); format=json downloads the JSON. ' +
  'There is no GeoJSON of a summary: its rows are not places.';

interface RawFilters {
  region?: string | undefined;
  site?: string | undefined;
  hazard?: HazardType | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  /** Checks the filters that depend on the data (region, site) and the period; a 400 says what to send. */
  async function scopeOf(q: RawFilters): Promise<SummaryScope> {
    await assertRegion(app, q.region);
    if (q.site !== undefined) {
      const codes = await app.summariesRepository.siteCodes();
      if (!codes.includes(q.site)) {
        throw app.httpErrors.badRequest(
          `Query parameter site must be the code of a hazard site: one of ${codes.join(', ')}; received "${q.site}".`,
        );
      }
    }
    const period = parsePeriod(q.from, q.to);
    if ('error' in period) throw app.httpErrors.badRequest(period.error);
    return {
      filters: {
        region: q.region ?? null,
        site: q.site ?? null,
        hazard: q.hazard ?? null,
        from: q.from ?? null,
        to: q.to ?? null,
      },
      start: period.start,
      end: period.end,
    };
  }

  app.get('/api/summary/sales', {
    schema: {
      tags: ['summary'],
      summary: 'OVOP+1 sales in som and US$, grouped by year, month, channel, region, product category or site',
      description:
        'Sales follow the village of the producer group that made the product. by=region groups by that village\'s ' +
        `oblast. by=site puts a village's sales under every site it is exposed to (in the zone or within ` +
        `${DEFAULT_RADIUS_KM} km): a village near two sites appears under both, so the rows of by=site can add up to ` +
        'more than total, and villages near no site are left out; total counts every sale once. For the other ' +
        'groupings the rows add up to total. salesUsd converts each month at the latest KGS per US$ rate on or before ' +
        `its first day, as GET /api/summary does. ${FILTERS_DOC}`,
      querystring: withExportFormat(SalesQuery, TABLE_FORMATS),
      response: { 200: SalesSummarySchema, ...problemResponses },
    },
    config: {
      export: defineExport<SalesSummary>({
        name: 'sales',
        rows: (s) => s.rows.map((r) => ({ by: s.by, ...r })),
      }),
    },
  }, async (request) => {
    const scope = await scopeOf(request.query);
    return app.summariesRepository.sales(scope, request.query.by ?? 'year');
  });

  app.get('/api/summary/sales-by-village', {
    schema: {
      tags: ['summary'],
      summary: 'OVOP+1 sales in som by producer village and sales channel, each village with its point',
      description:
        'One row per village and channel with sales: the flows the map draws from the villages to where their ' +
        'products are sold. Sales follow the village of the producer group that made the product; the rows add up ' +
        `to total. ${FILTERS_DOC}`,
      querystring: withExportFormat(FiltersQuery, TABLE_FORMATS),
      response: { 200: SalesByVillageSchema, ...problemResponses },
    },
    config: {
      export: defineExport<SalesByVillage>({ name: 'sales-by-village', rows: (s) => s.rows }),
    },
  }, async (request) => app.summariesRepository.salesByVillage(await scopeOf(request.query)));

  app.get('/api/summary/participants', {
    schema: {
      tags: ['summary'],
      summary: 'Producers by sex and age group, and training participants by topic',
      description:
        'producers: the members of the producer groups of the villages in scope (their current membership; the period ' +
        'does not apply), women/men and youth/adult, from producer_groups. trainings: participants of the trainings ' +
        `held in those villages during the period, by topic. ${FILTERS_DOC}`,
      querystring: withExportFormat(FiltersQuery, TABLE_FORMATS),
      response: { 200: ParticipantsSummarySchema, ...problemResponses },
    },
    config: {
      export: defineExport<ParticipantsSummary>({
        name: 'participants',
        rows: (s) => [
          { group: 'producers', topic: null, sessions: null, producerGroups: s.producers.groups,
            total: s.producers.total, women: s.producers.women, men: s.producers.men,
            youth: s.producers.youth, adult: s.producers.adult, sourceIds: s.sourceIds, isSample: s.isSample },
          ...s.trainings.map((t) => ({
            group: 'trainings', topic: t.topic, sessions: t.sessions, producerGroups: null,
            total: t.participants, women: t.women, men: t.men, youth: t.youth, adult: t.adult,
            sourceIds: t.sourceIds, isSample: t.isSample,
          })),
        ],
      }),
    },
  }, async (request) => app.summariesRepository.participants(await scopeOf(request.query)));

  app.get('/api/summary/restoration', {
    schema: {
      tags: ['summary'],
      summary: 'Hectares of restoration planned and done, by the year the activities are due to end, against the target',
      description:
        'Restoration follows its site: region is the site\'s oblast, site the site itself, hazard its hazard type ' +
        '(no exposure radius). Each row is the year of the activities\' end_date: plannedHa is what those activities ' +
        'plan, doneHa what they have done to date (the data records hectares done, not when), with running totals. ' +
        'Activities without an end date form a row with year null, listed only when no period is given. ' +
        'total.targetHa is every hectare planned at the sites in scope whatever the dates; total.doneHa what is done ' +
        `to date. ${FILTERS_DOC}`,
      querystring: withExportFormat(FiltersQuery, TABLE_FORMATS),
      response: { 200: RestorationSummarySchema, ...problemResponses },
    },
    config: { export: defineExport<RestorationSummary>({ name: 'restoration', rows: (s) => s.rows }) },
  }, async (request) => app.summariesRepository.restoration(await scopeOf(request.query)));

  app.get('/api/summary/indicators', {
    schema: {
      tags: ['summary'],
      summary: 'Results-framework indicators by region and year: baseline, target, actual, percent of target, status',
      description:
        `${STATUS_RULE} Indicators are reported per region (or nationally, region null): region keeps that oblast's ` +
        'rows; site keeps the rows of the site\'s oblast; hazard the rows of the oblasts with a site of that type; ' +
        'with none of these the national rows come too. from/to keep the years they touch. An actual of 1 to 4 ' +
        'people is sent as "<5" with percentOfTarget null; the status still reflects it. format=csv (or Accept: ' +
        'text/csv) downloads the rows as CSV; format=json the JSON.',
      querystring: withExportFormat(FiltersQuery, TABLE_FORMATS),
      response: { 200: IndicatorsSummarySchema, ...problemResponses },
    },
    config: { export: defineExport<IndicatorsSummary>({ name: 'indicators', rows: (s) => s.rows }) },
  }, async (request) => app.summariesRepository.indicators(await scopeOf(request.query)));
};
export default routes;
