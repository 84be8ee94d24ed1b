// The shapes the import core works with: dataset definitions (what a file may hold), problems and the report.
// The readers' own types (formats, records, read errors) live in ./read/types.ts.
import type { Detected } from './read/types.ts';

export const LANGS = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** One text in each interface language. */
export type Texts = Readonly<Record<Lang, string>>;

export const DATASET_NAMES = [
  'sites',
  'villages',
  'producer_groups',
  'products',
  'sales',
  'trainings',
  'restoration',
  'indicators',
  'indicator_values',
  'fx_rates',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const isDatasetName = (value: string): value is DatasetName => (DATASET_NAMES as readonly string[]).includes(value);

export type FieldType =
  | 'code' // an identifier, upper-cased: A–Z, 0–9 and '-'
  | 'source' // a source id, lower-cased: a–z, 0–9, '_' and '-'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'date' // YYYY-MM-DD or DD.MM.YYYY
  | 'month' // YYYY-MM (stored as the first day of the month)
  | 'year'
  | 'boolean'
  | 'enum'
  | 'point' // a geometry column: the feature's Point, or lon/lat columns
  | 'multipolygon' // a geometry column: the feature's (Multi)Polygon, or WKT/GeoJSON text in a column
  | 'lon' // input only: feeds the dataset's point column
  | 'lat';

export type AdminLevel = 'country' | 'oblast' | 'city' | 'rayon' | 'aiyl_aimak';

export interface Reference {
  /** The table whose key the value must name. */
  table: string;
  column: string;
  /** When the table is another dataset's: replacing that dataset must not delete rows this one still needs. */
  dataset?: DatasetName;
  /** admin_units only: the levels the referenced unit may have. */
  levels?: readonly AdminLevel[];
}

export interface FieldDef {
  /** The table column (or 'lon' / 'lat', which feed the point column). */
  name: string;
  type: FieldType;
  /** Every row needs a value (after defaults and derivation). */
  required?: boolean;
  /** Used when the cell is empty (a column absent from the file leaves existing rows as they are). */
  default?: string | number | boolean;
  /** The vocabulary of an 'enum' field (see vocab.ts). */
  vocab?: string;
  /** Inclusive bounds of a number, year or date's year. */
  min?: number;
  max?: number;
  /** A number must be greater than min, not equal to it. */
  exclusiveMin?: boolean;
  /** Other headers people write for this column (the labels below are accepted too). */
  aliases?: readonly string[];
  references?: Reference;
  /**
   * 'oblast': when empty, taken from the rayon's parent or else from the oblast polygon holding the point.
   * 'point_on_zone': when the file gives a zone but no point, a point inside the zone (with a warning).
   * 'keep_on_update': may be left out for rows that already exist (they keep their value); needed for new rows.
   */
  derive?: 'oblast' | 'point_on_zone' | 'keep_on_update';
  /** Short column name, as a template header. */
  label: Texts;
  /** What to write in the column: the templates of item 5 print these. */
  description: Texts;
  /** A plausible value for a template's example row. */
  example: string | number | boolean | null;
}

/** Cross-field checks: a value at most another (women ≤ participants), an end date not before the start. */
export type Rule = { kind: 'at_most'; field: string; limit: string } | { kind: 'not_before'; field: string; start: string };

export interface DatasetDef {
  name: DatasetName;
  table: string;
  label: Texts;
  fields: readonly FieldDef[];
  /** Natural key columns: a row with the same key is updated, not added. */
  key: readonly string[];
  /** ON CONFLICT target: columns, or index expressions in parentheses (must match a unique index). */
  conflict: readonly string[];
  rules?: readonly Rule[];
}

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  code: string;
  /** The file's name as the user gave it. */
  file: string;
  /** Row (CSV/xlsx, header = 1) or feature number (GeoJSON/Shapefile, from 1); absent for the whole file. */
  row?: number;
  /** The dataset's column this is about. */
  field?: string;
  /** That column's header as written in the file. */
  column?: string;
  /** The value found, as text. */
  value?: string;
  /** What was expected, in the report's language. */
  expected?: string;
  /** What is wrong and what to do, in the report's language. */
  message: string;
  params: Record<string, string | number>;
}

export interface ImportCounts {
  /** Data rows (features) read from the file. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows with at least one error. */
  rejected: number;
  /** Rows of the dataset removed by --replace because the file leaves them out. */
  deleted: number;
}

export interface ImportReport {
  /** imported: written; dry_run: checked, nothing written (the counts say what an import would do); rejected: errors, nothing written. */
  status: 'imported' | 'dry_run' | 'rejected';
  dataset: DatasetName;
  file: { name: string; bytes: number; sha256: string };
  detected: Detected | null;
  dryRun: boolean;
  replace: boolean;
  lang: Lang;
  actor: string | null;
  counts: ImportCounts;
  errors: number;
  warnings: number;
  /** Errors first, then warnings, each by row; at most MAX_LISTED_PROBLEMS of them. */
  problems: Problem[];
  /** Problems found but not listed (the list is capped so a wholly wrong file gives a readable report). */
  problemsNotListed: number;
  /** The data version after this import (imported only): the server's answer cache follows it. */
  dataVersion: number | null;
  /** One line saying what happened, in the report's language. */
  summary: string;
  ms: number;
}
