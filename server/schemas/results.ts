// Contract of GET /api/results: the results framework as donors read it (World Bank ISR style), one row per
// indicator and region (and a national row), with baseline, the latest actual against its year's target and the
// end target, percent of the end target, status, and the sex / youth disaggregation where the data has it.
import { Type, type Static } from 'typebox';
import { NameSchema, RegionFilterSchema } from './api.ts';
import { INDICATOR_STATUSES, INDICATOR_UNITS, SMALL_COUNT } from './summaries.ts';

export const RESULT_GROUPS = ['women', 'men', 'youth'] as const;
export type ResultGroupName = (typeof RESULT_GROUPS)[number];

export const IndicatorCodeSchema = Type.String({
  pattern: '^[A-Z0-9-]{1,40}$',
  description: 'An indicator code of capital letters, digits and hyphens (e.g. PDO-1)',
  examples: ['PDO-1'],
});

export const ResultsQuerySchema = Type.Object({
  region: Type.Optional(RegionFilterSchema),
  indicator: Type.Optional(IndicatorCodeSchema),
});
export type ResultsQuery = Static<typeof ResultsQuerySchema>;

const ResultValueSchema = Type.Union([Type.Number(), Type.Literal(SMALL_COUNT)]);

/** The figures of one series (the whole population of a row, or one group of it). */
const figures = {
  baseline: Type.Number({ description: 'Baseline as recorded with the first year of the series' }),
  baselineYear: Type.Integer({ description: 'First year on record for the series (the data keeps no other baseline date)' }),
  latestYear: Type.Union([Type.Integer(), Type.Null()], { description: 'Year of the latest actual; null = none reported yet' }),
  latestActual: Type.Union([ResultValueSchema, Type.Null()], {
    description: 'Latest actual reported; "<5" = 1 to 4 people; null = none reported, or withheld (see withheld)',
  }),
  latestTarget: Type.Union([Type.Number(), Type.Null()], { description: 'Target set for latestYear' }),
  endTarget: Type.Number({ description: 'End target: the target of the last year on record (2029 for the programme)' }),
  endYear: Type.Integer({ description: 'Year of endTarget' }),
  percentOfEndTarget: Type.Union([Type.Number(), Type.Null()], {
    description:
      'Progress from the baseline to the END target: (latestActual − baseline) / (endTarget − baseline) × 100, one ' +
      'decimal (the same ratio when lower is better). null without an actual, when endTarget = baseline, or when the ' +
      'actual is "<5" or withheld',
  }),
  status: Type.Enum(INDICATOR_STATUSES, {
    description: 'The status of latestYear\'s value by the rule of GET /api/summary/indicators (its year\'s target)',
  }),
};

export const ResultGroupSchema = Type.Object({
  group: Type.Enum(RESULT_GROUPS),
  derived: Type.Boolean({
    description: 'true when computed as the whole minus women (the data records no men series), figure by figure',
  }),
  withheld: Type.Boolean({
    description:
      'true when latestActual is left out because, with the whole and the other sex shown, it would give away a ' +
      'count of 1 to 4 people shown as "<5"',
  }),
  ...figures,
});
export type ResultGroup = Static<typeof ResultGroupSchema>;

export const ResultRowSchema = Type.Object({
  indicator: Type.String(),
  name: NameSchema,
  unit: Type.Enum(INDICATOR_UNITS),
  higherIsBetter: Type.Boolean(),
  region: Type.Union([Type.String(), Type.Null()], { description: 'Oblast code; null = national figure' }),
  regionName: Type.Union([NameSchema, Type.Null()]),
  ...figures,
  groups: Type.Array(ResultGroupSchema, {
    description: 'Disaggregation of the same row, in the order women, men, youth; only the groups the data has',
  }),
  sourceIds: Type.Array(Type.String(), { description: 'Sources of every value behind the row and its groups' }),
  isSample: Type.Boolean({ description: 'True when any value behind the row is sample data' }),
});
export type ResultRow = Static<typeof ResultRowSchema>;

export const ResultsSchema = Type.Object({
  filters: Type.Object({
    region: Type.Union([Type.String(), Type.Null()]),
    indicator: Type.Union([Type.String(), Type.Null()]),
  }, { description: 'The filters applied (null = not filtered)' }),
  programme: Type.Object({ startYear: Type.Integer(), endYear: Type.Integer() }),
  rows: Type.Array(ResultRowSchema),
  sourceIds: Type.Array(Type.String()),
  isSample: Type.Boolean(),
});
export type Results = Static<typeof ResultsSchema>;
