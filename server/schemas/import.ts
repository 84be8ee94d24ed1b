// The contract of the HTTP import (POST /api/import/:dataset), the import screen's dataset list and the templates
// (issue 6, items 5, 6 and 9). The report is the import core's (server/lib/import/types.ts), the same the CLI prints.
import { Type, type Static } from 'typebox';
import { DATASET_NAMES, LANGS } from '../lib/import/types.ts';
import { ProblemSchema } from './api.ts';

export const ImportLangSchema = Type.Enum(LANGS, { description: 'Language of the texts: ky, ru or en (default en)' });

export const DatasetParamsSchema = Type.Object({
  dataset: Type.String({ minLength: 1, maxLength: 60, description: `The dataset: ${DATASET_NAMES.join(', ')}` }),
});

export const LangQuerySchema = Type.Object({ lang: Type.Optional(ImportLangSchema) });

export const ImportQuerySchema = Type.Object({
  dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Check everything and report what an import would do; write nothing' })),
  replace: Type.Optional(
    Type.Boolean({
      default: false,
      description: 'Make the dataset exactly the file: rows it leaves out are deleted (refused while other data refers to them)',
    }),
  ),
  lang: Type.Optional(ImportLangSchema),
  encoding: Type.Optional(Type.Enum(['utf-8', 'windows-1251'], { description: 'CSV or .dbf text encoding; detected when left out' })),
  delimiter: Type.Optional(Type.Enum([',', ';', 'tab'], { description: 'CSV separator; detected when left out' })),
  decimal: Type.Optional(Type.Enum(['.', ','], { description: 'Decimal mark of CSV numbers; detected when left out' })),
  sheet: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The .xlsx sheet to read (default: the first)' })),
  format: Type.Optional(Type.Enum(['csv', 'xlsx', 'geojson', 'shapefile'], { description: 'The file format; from the name or content when left out' })),
});
export type ImportQuery = Static<typeof ImportQuerySchema>;

// Fastify validates a multipart request's body before the handler reads the stream, when it is still null: the
// schema documents the form (one part named "file") and accepts that null. The route checks the part itself.
export const ImportBodySchema = Type.Unsafe<null>({
  type: ['object', 'null'],
  properties: { file: { type: 'string', format: 'binary', description: 'The file: CSV, .xlsx, GeoJSON or a zipped Shapefile' } },
  required: ['file'],
});

const DetectedSchema = Type.Object({
  format: Type.Enum(['csv', 'xlsx', 'geojson', 'shapefile']),
  encoding: Type.Optional(Type.String()),
  delimiter: Type.Optional(Type.String()),
  decimal: Type.Optional(Type.Enum(['.', ','])),
  sheet: Type.Optional(Type.String()),
  crs: Type.Optional(Type.String({ description: 'The source coordinate system, e.g. EPSG:32643' })),
  bom: Type.Optional(Type.Boolean()),
});

export const ImportProblemSchema = Type.Object({
  severity: Type.Enum(['error', 'warning']),
  code: Type.String({ description: 'What kind of problem (stable, for programs)' }),
  file: Type.String(),
  row: Type.Optional(Type.Integer({ description: 'Spreadsheet row (header = 1) or feature number (from 1)' })),
  field: Type.Optional(Type.String({ description: 'The dataset column' })),
  column: Type.Optional(Type.String({ description: "That column's header as written in the file" })),
  value: Type.Optional(Type.String({ description: 'The value found' })),
  expected: Type.Optional(Type.String({ description: 'What was expected, in the report language' })),
  message: Type.String({ description: 'What is wrong and what to do, in the report language' }),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});

export const ImportReportSchema = Type.Object({
  status: Type.Enum(['imported', 'dry_run', 'rejected'], {
    description: 'imported: written; dry_run: checked, nothing written; rejected: errors, nothing written',
  }),
  dataset: Type.Enum(DATASET_NAMES),
  file: Type.Object({ name: Type.String(), bytes: Type.Integer(), sha256: Type.String() }),
  detected: Type.Union([DetectedSchema, Type.Null()], { description: 'What was detected (or forced) about the file; null when it could not be read' }),
  dryRun: Type.Boolean(),
  replace: Type.Boolean(),
  lang: ImportLangSchema,
  actor: Type.Union([Type.String(), Type.Null()]),
  counts: Type.Object({
    rows: Type.Integer({ description: 'Data rows (features) read' }),
    inserted: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    rejected: Type.Integer({ description: 'Rows with at least one error' }),
    deleted: Type.Integer({ description: 'Rows removed by replace' }),
  }),
  errors: Type.Integer(),
  warnings: Type.Integer(),
  problems: Type.Array(ImportProblemSchema, { description: 'Errors first, then warnings, each by row; capped' }),
  problemsNotListed: Type.Integer({ description: 'Problems found beyond the listed ones' }),
  dataVersion: Type.Union([Type.Integer(), Type.Null()], { description: 'The data version after an import that changed data' }),
  summary: Type.String({ description: 'One line saying what happened, in the report language' }),
  ms: Type.Integer({ description: 'How long the import took' }),
});
export type ImportReportBody = Static<typeof ImportReportSchema>;

export const ImportRejectedSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String({ description: 'The report’s summary line: what is wrong and what to do' }),
  instance: Type.Optional(Type.String()),
  report: ImportReportSchema,
});

export const ImportFieldSchema = Type.Object({
  name: Type.String({ description: 'The field (also accepted as a column header)' }),
  label: Type.String({ description: 'The column’s label in the chosen language: the template’s header' }),
  type: Type.String({ description: 'code, text, integer, decimal, date, month, year, boolean, enum, multipolygon, lon, lat, source' }),
  format: Type.String({ description: 'What a cell holds, in words' }),
  required: Type.Boolean({ description: 'A file must have this column' }),
  description: Type.String(),
  example: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
  values: Type.Union([Type.String(), Type.Null()], { description: 'A list field’s accepted values; null for other fields' }),
});

export const ImportDatasetSchema = Type.Object({
  name: Type.Enum(DATASET_NAMES),
  label: Type.String(),
  key: Type.Array(Type.String(), { description: 'The natural key: a row with the same key is updated, not added' }),
  fields: Type.Array(ImportFieldSchema, { description: 'The template’s columns, in order' }),
  templates: Type.Object({
    csv: Type.String({ description: 'Address of the CSV template in this language' }),
    xlsx: Type.String({ description: 'Address of the .xlsx template in this language' }),
  }),
});

export const ImportDatasetsSchema = Type.Object({
  datasets: Type.Array(ImportDatasetSchema, { description: 'In import order: a dataset comes after those it refers to' }),
  maxBytes: Type.Integer({ description: 'Largest file the server accepts (IMPORT_MAX_BYTES)' }),
  maxRows: Type.Integer({ description: 'Most rows of one CSV (IMPORT_MAX_ROWS)' }),
});

export { ProblemSchema };
