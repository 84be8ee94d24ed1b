// The contract between the file readers (read/) and the import core (H4's validation and write).
// Readers only turn a file into named values per row/feature; they do not know datasets. Everything
// a person may need to fix in their file is reported with a code + params, translated by messages.ts.
import type { Geometry } from 'geojson';

export type Format = 'csv' | 'xlsx' | 'geojson' | 'shapefile';

export interface ReadOptions {
  /** Else from the file name, then from the magic bytes. */
  format?: Format;
  /**
   * CSV and the Shapefile's .dbf. Else detected: BOM → utf-8 (a UTF-16 BOM, from Excel's "Unicode Text",
   * → utf-16le/be); valid UTF-8 → utf-8; else windows-1251 (.dbf: its .cpg, then its language byte first).
   */
  encoding?: 'utf-8' | 'windows-1251';
  /** CSV. Else from an Excel `sep=;` first line, else detected from the header line. */
  delimiter?: ',' | ';' | '\t';
  /**
   * CSV. Else detected from the numeric-looking cells of the first rows. The reader does NOT convert
   * CSV cells to numbers (they stay strings); the detected decimal tells the caller how to parse them
   * (see parseDecimal in index.ts).
   */
  decimal?: '.' | ',';
  /** xlsx: a named sheet, else the first. */
  sheet?: string;
}

export interface Detected {
  format: Format;
  encoding?: string;
  delimiter?: string;
  decimal?: '.' | ',';
  sheet?: string;
  /** GeoJSON/Shapefile: the source CRS as found ('EPSG:32643', or 'EPSG:4326' when none was declared). */
  crs?: string;
  /** CSV: the file began with a UTF-8 byte order mark. */
  bom?: boolean;
}

export type CellValue = string | number | boolean | null;

export interface SourceRecord {
  /**
   * What a person finds in their file: CSV/xlsx spreadsheet row (header = row 1, first data row = 2; a
   * CSV row spanning lines because of a quoted newline counts as one row, as a spreadsheet shows it);
   * GeoJSON/Shapefile feature number, 1-based.
   */
  n: number;
  /**
   * Keyed by the column/property name as written (trimmed). CSV cells are strings ('' → null), trimmed;
   * xlsx numbers stay numbers, booleans booleans, dates → 'YYYY-MM-DD', empty → null; GeoJSON
   * properties as in the file (objects/arrays are JSON-stringified); .dbf values as the dbf types give them.
   * Every column in ReadResult.columns is present (null when the row is short).
   */
  values: Record<string, CellValue>;
  /** GeoJSON/Shapefile only, already in EPSG:4326 (lon, lat). null: the feature has no geometry. */
  geometry?: Geometry | null;
  /**
   * Ragged rows (CSV/xlsx): the non-empty cells beyond the last header column, in order. Present only
   * when there were any; H4 turns it into a row error ('row_too_long').
   */
  extra?: string[];
  /**
   * Ragged rows (CSV only): the header columns this row has no cell for at all (the row ended early,
   * which is different from an empty cell). Present only when there were any; the values are null.
   */
  missing?: string[];
}

export interface ReadProblem {
  code: ReadWarningCode;
  params?: Record<string, string | number>;
}

export interface ReadResult {
  detected: Detected;
  /** Header names as written (trimmed), in file order; duplicates and blanks are reported in warnings. */
  columns: string[];
  /** Single pass: iterate once. Errors met while streaming (e.g. a truncated file) throw ReadError from the iterator. */
  records: AsyncIterable<SourceRecord>;
  /**
   * Problems found while opening. Warnings found while streaming (e.g. a reprojection) are pushed to this
   * same array as they are met, so read it again after iterating.
   */
  warnings: ReadProblem[];
}

export type ReadWarningCode =
  | 'reprojected' // { from }: coordinates were converted from this CRS (e.g. 'EPSG:32643') to EPSG:4326
  | 'assumed_wgs84' // { name }: a Shapefile without .prj whose coordinates are degrees: read as lon/lat
  | 'encoding_assumed' // { encoding }: a .dbf with no .cpg and no language byte whose text is not UTF-8: read as this
  | 'duplicate_column' // { column, position, name }: a header name repeats; this one is renamed "<name> (2)"
  | 'blank_column' // { position, name }: a header cell is empty between named ones; it is named "column <position>"
  | 'empty_rows_skipped' // { count }: empty rows between data rows were skipped (pushed after iterating)
  | 'title_rows_skipped' // { rows, header }: rows above the header holding one cell each (a title) were skipped
  | 'sheet_other_sheets'; // { sheet, others }: the workbook has more sheets; only this one was read

export type ReadErrorCode =
  | 'file_not_found' // { name }
  | 'empty_file' // { name, sheet? }: no bytes, only blank lines, or (xlsx) an empty sheet
  | 'unknown_format' // { name }: neither by name nor by content a CSV, .xlsx, GeoJSON or zipped Shapefile
  | 'no_header' // { row, sheet? }: the first non-empty row is all numbers, so it is data, not column names
  | 'bad_csv' // { row, detail }: e.g. detail 'quote_not_closed': a quote opened on that row is never closed
  | 'bad_xlsx' // { detail }: 'xls' (the old binary format), or an .xlsx that cannot be opened
  | 'sheet_not_found' // { sheet, sheets }: the named sheet is not in the workbook (sheets: the ones that are)
  | 'bad_geojson' // { line, column, detail } for JSON syntax; { feature, detail } for a feature that is not one
  | 'not_a_zip' // { detail }: a Shapefile upload that is not a zip archive (including 0 bytes)
  | 'truncated_zip' // { detail }: the zip starts right but is cut off or damaged
  | 'shp_not_zipped' // { name }: a lone .shp was sent; it needs its .dbf, .shx and .prj in one zip
  | 'no_shp_in_zip' // { name }: the zip holds no .shp
  | 'several_shp_in_zip' // { names }: more than one layer in the zip
  | 'missing_dbf' // { name }: the .shp has no .dbf beside it
  | 'no_prj' // { name }: no .prj and the coordinates are not degrees, so they cannot be placed
  | 'unknown_crs' // { crs }: a .prj or GeoJSON crs member this reader cannot turn into a projection
  | 'bad_coordinates' // { crs, feature }: a feature's coordinates do not convert from that CRS (outside its area)
  | 'bad_shapefile'; // { name, detail }: the .shp or .dbf cannot be parsed

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: ReadErrorCode, params: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'ReadError';
    this.code = code;
    this.params = params;
  }
}
