// The chart summaries: sales, participants, restoration and indicators, each for the scope the map sets
// (lib/scope.ts: region, rayon, site, village, drawn area, hazard, status, category, channel, period) and each
// downloadable as CSV (?format=csv) through plugins/app/export.ts. Not put in the answer
// cache (as before): each is one query over indexed tables.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DEFAULT_RADIUS_KM } from '../../schemas/api.ts';
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
import { resolveScope } from '../../lib/scope.ts';
import { STATUS_RULE } from '../../lib/indicator-status.ts';
import { defineExport } from '../../lib/export/config.ts';
import { TABLE_FORMATS, withExportFormat } from '../../lib/export/format.ts';
import { problemResponses } from '../problems.ts';

const FiltersQuery = Type.Object(SummaryFilterProperties);
const SalesQuery = Type.Object({
  by: Type.Optional(Type.Enum(SALES_GROUPINGS, {
    default: 'year',
    description:
      'Group by year, month, channel, region (oblast), product category or site; year_channel and month_channel ' +
      'give one row per period and channel (the stacked chart of sales over time by channel)',
  })),
  ...SummaryFilterProperties,
});

const FILTERS_DOC =
  'Filters (the same on every /api/summary answer): region and rayon keep the villages and sites there; site, hazard ' +
  'and status keep those sites and the villages exposed to one of them (inside its hazard zone or within ' +
  `${DEFAULT_RADIUS_KM} km, geodesic, of its point); village keeps that village and the sites it is exposed to; area ` +
  '(a drawn outline "lon,lat;...") keeps the villages whose point lies in it and the sites whose zone reaches into it; ' +
  'category keeps the sales and producer groups of that product category and channel the sales of that channel ' +
  '(a figure they do not apply to ignores them, as each parameter says); from/to (YYYY or YYYY-MM, inclusive) bound ' +
  'the period. People counts of 1 to 4 are sent as "<5" (no personal data); money and hectares never are. ' +
  'format=csv (or Accept: text/csv) downloads the rows as CSV (UTF-8 with BOM, names in ky/ru/en columns, source_id ' +
  'and source_title per row); format=json downloads the JSON. There is no GeoJSON of a summary: its rows are not places.';

const routes: FastifyPluginAsyncTypebox = async (app) => {
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
    const scope = await resolveScope(app, request.query);
    const by = request.query.by ?? 'year';
    return app.summariesRepository.sales(scope, by);
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
  }, async (request) => {
    const scope = await resolveScope(app, request.query);
    return app.summariesRepository.salesByVillage(scope);
  });

  app.get('/api/summary/participants', {
    schema: {
      tags: ['summary'],
      summary: 'Producers by sex and age group, and training participants by topic',
      description:
        'producers: the members of the producer groups of the villages in scope (their current membership; the period ' +
        'does not apply; category keeps the groups making it), women/men and youth/adult, from producer_groups. ' +
        'trainings: participants of the trainings held in those villages during the period, by topic; ' +
        'trainingParticipants their total. channel does not apply. ' + FILTERS_DOC,
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
  }, async (request) => {
    const scope = await resolveScope(app, request.query);
    return app.summariesRepository.participants(scope);
  });

  app.get('/api/summary/restoration', {
    schema: {
      tags: ['summary'],
      summary: 'Hectares of restoration planned and done, by the year the activities are due to end, against the target',
      description:
        'Restoration follows its site: the activities of the sites in scope (category and channel do not apply). ' +
        'Each row is the year of the activities\' end_date: plannedHa is what those activities ' +
        'plan, doneHa what they have done to date (the data records hectares done, not when), with running totals. ' +
        'Activities without an end date form a row with year null, listed only when no period is given. ' +
        'total.targetHa is every hectare planned at the sites in scope whatever the dates; total.doneHa what is done ' +
        'to date. programmeTarget is what the chart draws as the 2029 line: the programme facts give no restoration ' +
        `hectare target, so it is the planned sum (basis planned_sum). ${FILTERS_DOC}`,
      querystring: withExportFormat(FiltersQuery, TABLE_FORMATS),
      response: { 200: RestorationSummarySchema, ...problemResponses },
    },
    config: { export: defineExport<RestorationSummary>({ name: 'restoration', rows: (s) => s.rows }) },
  }, async (request) => {
    const scope = await resolveScope(app, request.query);
    return app.summariesRepository.restoration(scope);
  });

  app.get('/api/summary/indicators', {
    schema: {
      tags: ['summary'],
      summary: 'Results-framework indicators by region and year: baseline, target, actual, percent of target, status',
      description:
        `${STATUS_RULE} Indicators are reported per region and year (or nationally, region null), each row with the ` +
        'target set for its year, so the rows of one indicator, region, sex and age group are its series. region ' +
        'keeps that oblast\'s rows; rayon, site, village, area, hazard and status keep the rows of the oblasts of the ' +
        'villages and sites in scope; with none of these the national rows come too; category and channel do not ' +
        'apply. from/to keep the years they touch. An actual of 1 to 4 ' +
        'people is sent as "<5" with percentOfTarget null; the status still reflects it. format=csv (or Accept: ' +
        'text/csv) downloads the rows as CSV; format=json the JSON.',
      querystring: withExportFormat(FiltersQuery, TABLE_FORMATS),
      response: { 200: IndicatorsSummarySchema, ...problemResponses },
    },
    config: { export: defineExport<IndicatorsSummary>({ name: 'indicators', rows: (s) => s.rows }) },
  }, async (request) => {
    const scope = await resolveScope(app, request.query);
    return app.summariesRepository.indicators(scope);
  });
};
export default routes;
