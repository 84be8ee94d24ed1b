// Contract of the chart summaries under /api/summary/... (sales, participants, restoration, indicators).
// Kept beside schemas/api.ts so the shared contract file grows only by what everyone needs.
import { Type, type Static } from 'typebox';
import {
  HazardTypeSchema,
  NameSchema,
  SalesByChannelSchema,
  ScopeFiltersSchema,
  ScopeQueryProperties,
  type ScopeFilters,
} from './api.ts';

// The programme's years (DOMAIN.md: RESILAND CA+ runs 2024–2029); the indicator status rule measures
// elapsed time against them.
export const PROGRAMME_START_YEAR = 2024;
export const PROGRAMME_END_YEAR = 2029;

// ── People counts under 5 ───────────────────────────────────────────────────────────────────
// DESIGN.md: no personal data leaves the server; a disaggregated figure of 1 to 4 people is sent as "<5".
// 0 stays 0: it describes no one. Money and hectares are never masked.
export const SMALL_COUNT = '<5' as const;
export const PeopleCountSchema = Type.Union([Type.Integer({ minimum: 0 }), Type.Literal(SMALL_COUNT)], {
  description: 'Number of people; 1 to 4 people are shown as the string "<5"',
});
export type PeopleCount = Static<typeof PeopleCountSchema>;

// ── Filters shared by every summary ─────────────────────────────────────────────────────────
// The scope contract is defined once in api.ts (GET /api/summary uses it too); these names are kept for the
// routes and tests that import them from here.
export { PeriodSchema } from './api.ts';
export const SummaryFilterProperties = ScopeQueryProperties;
export const SummaryFiltersSchema = ScopeFiltersSchema;
export type SummaryFilters = ScopeFilters;

const provenance = {
  sourceIds: Type.Array(Type.String(), { description: 'Distinct sources of the rows counted (GET /api/sources)' }),
  isSample: Type.Boolean({ description: 'True when any row counted is sample data' }),
};

// ── Sales ───────────────────────────────────────────────────────────────────────────────────
export const SALES_GROUPINGS = [
  'year', 'month', 'channel', 'region', 'category', 'site', 'year_channel', 'month_channel',
] as const;
export type SalesGrouping = (typeof SALES_GROUPINGS)[number];

export const SalesRowSchema = Type.Object({
  key: Type.String({
    description:
      'YYYY, YYYY-MM, a channel, an oblast code, a product category or a site code, as `by` says; for year_channel ' +
      'and month_channel the period (YYYY or YYYY-MM), its channel in `channel`',
  }),
  channel: Type.Union([SalesByChannelSchema.items.properties.channel, Type.Null()], {
    description: 'The channel of the row for by=channel, year_channel and month_channel; null for the other groupings',
  }),
  name: Type.Union([NameSchema, Type.Null()], { description: 'Name of the region or site; null for other groupings' }),
  salesKgs: Type.Number({ description: 'Revenue, som' }),
  salesUsd: Type.Union([Type.Number(), Type.Null()], {
    description: "Each month converted at that month's KGS per US$ rate; null when no rate is recorded",
  }),
  ...provenance,
});
export type SalesRow = Static<typeof SalesRowSchema>;

export const SalesSummarySchema = Type.Object({
  by: Type.Enum(SALES_GROUPINGS),
  filters: SummaryFiltersSchema,
  rows: Type.Array(SalesRowSchema),
  total: Type.Object({
    salesKgs: Type.Number({ description: 'Every sale once (for by=site too)' }),
    salesUsd: Type.Union([Type.Number(), Type.Null()]),
  }),
  ...provenance,
});
export type SalesSummary = Static<typeof SalesSummarySchema>;

// ── Participants ────────────────────────────────────────────────────────────────────────────
export const TRAINING_TOPICS = [
  'product_development', 'quality_certification', 'marketing_sales', 'bookkeeping', 'disaster_preparedness', 'restoration',
] as const;

const bySexAndAge = {
  total: PeopleCountSchema,
  women: PeopleCountSchema,
  men: PeopleCountSchema,
  youth: PeopleCountSchema,
  adult: PeopleCountSchema,
};
export const ParticipantsSummarySchema = Type.Object({
  filters: SummaryFiltersSchema,
  producers: Type.Object({
    groups: Type.Integer({ description: 'Producer groups counted' }),
    ...bySexAndAge,
  }, { description: 'Members of the producer groups of the villages in scope (current membership)' }),
  trainingParticipants: Type.Object({
    sessions: Type.Integer(),
    ...bySexAndAge,
    ...provenance,
  }, {
    description:
      'Participants of every training held in the villages in scope during the period, by sex and age group (the ' +
      'sum of `trainings`, masked after summing). A person at two trainings counts twice: the data records attendances',
  }),
  trainings: Type.Array(Type.Object({
    topic: Type.Enum(TRAINING_TOPICS),
    sessions: Type.Integer(),
    participants: PeopleCountSchema,
    women: PeopleCountSchema,
    men: PeopleCountSchema,
    youth: PeopleCountSchema,
    adult: PeopleCountSchema,
    ...provenance,
  })),
  ...provenance,
});
export type ParticipantsSummary = Static<typeof ParticipantsSummarySchema>;

// ── Restoration ─────────────────────────────────────────────────────────────────────────────
export const RESTORATION_TARGET_BASES = ['planned_sum'] as const;
export const RestorationRowSchema = Type.Object({
  year: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Year the activities are due to end (end_date); null for activities with no end date',
  }),
  activities: Type.Integer(),
  plannedHa: Type.Number({ description: 'Hectares planned by the activities due to end that year' }),
  doneHa: Type.Number({ description: 'Hectares done to date on those activities' }),
  cumulativePlannedHa: Type.Union([Type.Number(), Type.Null()], { description: 'Planned by the end of that year' }),
  cumulativeDoneHa: Type.Union([Type.Number(), Type.Null()]),
  ...provenance,
});
export const RestorationSummarySchema = Type.Object({
  filters: SummaryFiltersSchema,
  rows: Type.Array(RestorationRowSchema),
  total: Type.Object({
    targetHa: Type.Number({ description: 'Hectares planned by every activity of the sites in scope, whatever its dates' }),
    doneHa: Type.Number({ description: 'Hectares done to date by those activities' }),
    percentDone: Type.Union([Type.Number(), Type.Null()], { description: 'doneHa / targetHa × 100; null when nothing is planned' }),
  }),
  programmeTarget: Type.Object({
    year: Type.Integer({ description: 'The programme\'s last year (2029)' }),
    hectares: Type.Number(),
    basis: Type.Enum(RESTORATION_TARGET_BASES, {
      description:
        'planned_sum: the programme facts (GET /api/programme, data/programme.json) give no hectare target for ' +
        'restoration (their only hectares are farmland protected from hazards, another measure), so the target is ' +
        'the hectares planned by every activity of the sites in scope, whatever its dates (= total.targetHa). ' +
        'Label it "planned", not "programme target"',
    }),
  }, { description: 'What the hectares restored are measured against by the end of the programme' }),
  ...provenance,
});
export type RestorationSummary = Static<typeof RestorationSummarySchema>;
export type RestorationRow = Static<typeof RestorationRowSchema>;

// ── Indicators ──────────────────────────────────────────────────────────────────────────────
export const INDICATOR_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const INDICATOR_UNITS = ['people', 'households', 'hectares', 'kgs', 'percent', 'sites', 'groups', 'number'] as const;

const IndicatorValueSchema = Type.Union([Type.Number(), Type.Literal(SMALL_COUNT)]);
export const IndicatorRowSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  unit: Type.Enum(INDICATOR_UNITS),
  higherIsBetter: Type.Boolean(),
  region: Type.Union([Type.String(), Type.Null()], { description: 'Oblast code; null = national figure' }),
  regionName: Type.Union([NameSchema, Type.Null()]),
  year: Type.Integer(),
  sex: Type.Enum(['all', 'women', 'men'] as const),
  ageGroup: Type.Enum(['all', 'youth', 'adult'] as const),
  baseline: Type.Number(),
  target: Type.Number({ description: 'Target set for that year' }),
  endTarget: Type.Number({ description: 'Target of the last year on record for this indicator, region and group' }),
  actual: Type.Union([IndicatorValueSchema, Type.Null()], {
    description: 'null = not reported yet; "<5" = 1 to 4 people (unit people)',
  }),
  percentOfTarget: Type.Union([Type.Number(), Type.Null()], {
    description: '(actual − baseline) / (target − baseline) × 100, one decimal; null without an actual, when target = ' +
      'baseline, or when the actual is shown as "<5"',
  }),
  expectedPercent: Type.Number({ description: 'Share of the year\'s target expected by the end of that year, %' }),
  status: Type.Enum(INDICATOR_STATUSES),
  sourceId: Type.String(),
  isSample: Type.Boolean(),
});
export type IndicatorRow = Static<typeof IndicatorRowSchema>;
export const IndicatorsSummarySchema = Type.Object({
  filters: SummaryFiltersSchema,
  programme: Type.Object({ startYear: Type.Integer(), endYear: Type.Integer() }),
  rows: Type.Array(IndicatorRowSchema),
  ...provenance,
});
export type IndicatorsSummary = Static<typeof IndicatorsSummarySchema>;

// ── Sales by village and channel (the map's flows) ──────────────────────────────────────────
export const SalesByVillageRowSchema = Type.Object({
  village: Type.String({ description: 'Village code (GET /api/villages)' }),
  name: NameSchema,
  oblastCode: Type.String(),
  lon: Type.Number({ description: 'Longitude of the village point (WGS 84)' }),
  lat: Type.Number({ description: 'Latitude of the village point (WGS 84)' }),
  // The same channel schema as the exposure's salesByChannel, so the two cannot drift.
  channel: SalesByChannelSchema.items.properties.channel,
  salesKgs: Type.Number({ description: 'Revenue, som' }),
  ...provenance,
});
export type SalesByVillageRow = Static<typeof SalesByVillageRowSchema>;

export const SalesByVillageSchema = Type.Object({
  filters: SummaryFiltersSchema,
  rows: Type.Array(SalesByVillageRowSchema, { description: 'One row per village and channel with sales' }),
  total: Type.Object({ salesKgs: Type.Number({ description: 'Sum of the rows, som' }) }),
  ...provenance,
});
export type SalesByVillage = Static<typeof SalesByVillageSchema>;
