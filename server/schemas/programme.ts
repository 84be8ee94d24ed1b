// GET /api/programme: the programme's published facts (table programme_facts, seeded from data/programme.json).
// Every fact carries the id of its source (GET /api/sources) and the source's wording where it matters
// ("more than 4,000", "about 63 million").
import { Type, type Static } from 'typebox';
import { NameSchema } from './api.ts';

const SourceId = Type.String({ description: 'Id of the source that publishes this fact (GET /api/sources)' });
const Note = Type.Union([Type.String(), Type.Null()], { description: 'How the source puts it, or context' });

export const FIGURE_UNITS = ['usd', 'kgs', 'sites', 'households', 'hectares', 'people'] as const;
export const COMPARATORS = ['exactly', 'more_than', 'about'] as const;

export const FinancingPartSchema = Type.Object({
  code: Type.String(),
  instrument: Type.Enum(['credit', 'grant'] as const, { description: 'Loan-type credit or grant' }),
  name: NameSchema,
  abbreviation: NameSchema,
  amountUsd: Type.Number(),
  sourceId: SourceId,
});

export const MonthSchema = Type.Object({
  year: Type.Integer(),
  month: Type.Union([Type.Integer({ minimum: 1, maximum: 12 }), Type.Null()], { description: 'null = only the year is published' }),
  note: Note,
  sourceId: SourceId,
});

export const ProgrammeFigureSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  measure: Type.Enum(['target', 'actual'] as const, { description: 'A promise (target) or a reported result (actual)' }),
  comparator: Type.Enum(COMPARATORS, { description: 'exactly, more_than ("more than 800"), about ("63 million")' }),
  value: Type.Number(),
  unit: Type.Enum(FIGURE_UNITS),
  year: Type.Union([Type.Integer(), Type.Null()], { description: 'The year the figure is about, when it says' }),
  note: Note,
  sourceId: SourceId,
});

export const ProgrammeSchema = Type.Object({
  name: Type.Union([NameSchema, Type.Null()]),
  abbreviation: Type.Union([Type.String(), Type.Null()], { description: 'e.g. RESILAND CA+' }),
  financing: Type.Object({
    totalUsd: Type.Union([Type.Number(), Type.Null()], { description: 'The published total' }),
    totalSourceId: Type.Union([SourceId, Type.Null()]),
    totalNote: Note,
    parts: Type.Array(FinancingPartSchema, { description: 'By source of financing, as published' }),
  }),
  start: Type.Union([MonthSchema, Type.Null()]),
  end: Type.Union([MonthSchema, Type.Null()]),
  implementingAgency: Type.Union([
    Type.Object({ name: NameSchema, abbreviation: NameSchema, sourceId: SourceId }),
    Type.Null(),
  ]),
  targetOblasts: Type.Array(
    Type.Object({
      code: Type.String({ description: 'Region code (GET /api/regions)' }),
      name: NameSchema,
      note: Note,
      sourceId: SourceId,
    }),
  ),
  figures: Type.Array(ProgrammeFigureSchema, { description: 'Published targets and reported results' }),
  sourceIds: Type.Array(Type.String(), { description: 'Every source cited above' }),
  isSample: Type.Boolean(),
});
export type Programme = Static<typeof ProgrammeSchema>;
export type ProgrammeFigure = Static<typeof ProgrammeFigureSchema>;
