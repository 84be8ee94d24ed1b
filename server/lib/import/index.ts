// importFile: the ONE import core. The command line (scripts/import.ts) and the HTTP import call it; both get the
// same report. A file is read as a stream (./read/), each row validated as it comes (validate-row.ts) and staged
// in a temporary table in batches; the checks that need the database run on the stage (checks.ts); then, only if
// no row has an error, the dataset is upserted on its natural key (and, with replace, the rows the file leaves out
// are deleted) and the data version is bumped, all in ONE transaction. A file with any error changes nothing.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type pg from 'pg';
import { DATASETS, fieldOf, referencedBy } from './datasets/index.ts';
import { checkStage, type StageProblem } from './checks.ts';
import { mapColumns, missingFields, type ColumnMap } from './headers.ts';
import { openSource, ReadError, type Input, type ReadOptions, type ReadResult } from './read/index.ts';
import { MAX_LISTED_PROBLEMS, sortProblems, summaryLine, toProblem, type RawProblem } from './report.ts';
import { classifySql, createStageSql, deleteMissingSql, insertStageSql, planStage, referencedMissingSql, upsertSql, type StagePlan } from './sql.ts';
import type { DatasetName, ImportCounts, ImportReport, Lang } from './types.ts';
import { stageColumns, validateRow } from './validate-row.ts';
import { noteDataChanged } from '../query-cache.ts';
import { loadSql } from '../sql.ts';
import { recordAudit, type AuditEntry } from '../audit.ts';
import type { Role } from '../auth/roles.ts';

export type { ImportReport, Problem, DatasetName, Lang } from './types.ts';
export { DATASET_NAMES, isDatasetName, LANGS } from './types.ts';
export { formatReport } from './report.ts';

export interface ImportFileOptions {
  dataset: DatasetName;
  /** A path (CLI) or the uploaded bytes and their name (HTTP). */
  input: Input;
  /** Force the format, encoding, separator, decimal mark or sheet instead of detecting them. */
  options?: ReadOptions;
  /** Check everything, write nothing (the counts say what an import would do). */
  dryRun?: boolean;
  /** Make the dataset exactly the file: rows the file leaves out are deleted (refused while other data needs them). */
  replace?: boolean;
  lang?: Lang;
  /** Who imports: a user's name, or "cli:<account>" for the command line; recorded in the report and the audit log. */
  actor?: string | null;
  actorRole?: Role | null;
  /** Record the attempt in audit_log (default true): an import with its own write, in the same transaction. */
  audit?: boolean;
  /** Most data rows the file may hold (the HTTP upload's IMPORT_MAX_ROWS): reading stops at the first row over it. */
  maxRows?: number;
  /** The source rows without a source_id cell cite; created when first needed. */
  source?: string;
}

export const DEFAULT_IMPORT_SOURCE = 'user-import';
/** The problem code of a file over ImportFileOptions.maxRows (the HTTP route answers it with 413). */
export const TOO_MANY_ROWS = 'too_many_rows';
/** Rows per staging round trip: one jsonb parameter of a few hundred kB. */
const BATCH_ROWS = 2000;

const SQL = loadSql('import', ['bumpVersion']);

/** A PostgreSQL error (it carries a SQLSTATE): reported as a problem with the file, never thrown to the caller. */
const isDatabaseError = (error: unknown): error is Error & { code: string; constraint?: string; detail?: string } => {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
};

export async function importFile(db: pg.Pool, opts: ImportFileOptions): Promise<ImportReport> {
  const started = performance.now();
  const def = DATASETS[opts.dataset];
  const lang = opts.lang ?? 'en';
  const fileName = 'path' in opts.input ? opts.input.path.split(/[\\/]/).pop()! : opts.input.name;
  const raw: RawProblem[] = [];
  const rowsWithErrors = new Set<number>();
  const counts: ImportCounts = { rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, deleted: 0 };
  let map: ColumnMap = { columns: new Map(), unknown: [], duplicates: [] };
  let source: ReadResult | null = null;
  let dataVersion: number | null = null;
  let written = false;

  const add = (p: RawProblem) => {
    raw.push(p);
    if (p.severity === 'error' && p.n) rowsWithErrors.add(p.n);
  };
  const errorCount = () => raw.filter((p) => p.severity === 'error').length;

  try {
    source = await openSource(opts.input, opts.options ?? {});
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    add({ severity: 'error', code: error.code, params: error.params });
  }
  const file = await describeFile(opts.input).catch(() => ({ name: fileName, bytes: 0, sha256: '' }));

  if (source) {
    const featureGeometry = source.detected.format === 'geojson' || source.detected.format === 'shapefile';
    map = mapColumns(def, source.columns);
    fileProblems(def.name, map, featureGeometry, lang, add);
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      // The server's pool bounds queries for interactive reads; one import of a large file may take longer.
      await client.query("SET LOCAL statement_timeout = '10min'");
      const plan = await planStage(client, def, stageColumns(def, map, featureGeometry));
      await client.query(createStageSql(plan));
      await stageRows(client, plan, source, map, { lang, source: opts.source ?? DEFAULT_IMPORT_SOURCE, maxRows: opts.maxRows }, counts, add);
      for (const w of source.warnings) add({ severity: 'warning', code: w.code, params: w.params ?? {} });
      if (counts.rows === 0 && errorCount() === 0) add({ severity: 'error', code: 'no_rows', params: {} });
      if (counts.rows > 0) {
        await client.query('ANALYZE import_stage');
        const found: StageProblem[] = await checkStage(client, plan, { lang, source: opts.source ?? DEFAULT_IMPORT_SOURCE, rowsWithErrors });
        for (const p of found) add(p);
      }
      if (errorCount() === 0 && opts.replace) await checkReplace(client, plan, lang, add);
      if (errorCount() === 0) {
        const classified = await client.query<{ inserted: number; updated: number }>(classifySql(plan));
        counts.inserted = classified.rows[0]!.inserted;
        counts.updated = classified.rows[0]!.updated;
        counts.unchanged = counts.rows - counts.inserted - counts.updated;
        await client.query(upsertSql(plan));
        if (opts.replace) counts.deleted = (await client.query(deleteMissingSql(plan))).rowCount ?? 0;
        const changed = counts.inserted + counts.updated + counts.deleted > 0;
        if (!opts.dryRun && changed) {
          const reason = `import ${def.name} (${file.name})${opts.actor ? ` by ${opts.actor}` : ''}`;
          dataVersion = (await client.query<{ version: number }>(SQL.bumpVersion, [reason])).rows[0]!.version;
        }
      }
      if (errorCount() === 0 && !opts.dryRun) {
        // The record commits with the import or not at all: no import lands unrecorded.
        if (opts.audit !== false) await recordAudit(client, auditEntry(opts, file, counts, 'imported', raw, source, dataVersion));
        await client.query('COMMIT');
        written = true;
        if (dataVersion !== null) noteDataChanged();
      } else {
        await client.query('ROLLBACK');
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      if (error instanceof ReadError) add({ severity: 'error', code: error.code, params: error.params });
      else if (isDatabaseError(error)) add({ severity: 'error', code: 'database_error', params: { detail: databaseDetail(error) } });
      else throw error;
    } finally {
      client.release();
    }
  }

  const status: ImportReport['status'] = errorCount() > 0 ? 'rejected' : written ? 'imported' : 'dry_run';
  if (status === 'rejected') {
    counts.inserted = counts.updated = counts.unchanged = counts.deleted = 0;
    counts.rejected = rowsWithErrors.size;
  }
  // Dry runs and rejections wrote nothing; they are recorded too, so the history shows every attempt.
  if (status !== 'imported' && opts.audit !== false) {
    await recordAudit(db, auditEntry(opts, file, counts, status, raw, source, null));
  }
  // Worded only as far as they are listed: a file wrong in every row must not cost 100,000 messages.
  const ordered = sortProblems(raw);
  const errors = errorCount();
  const problems = ordered.slice(0, MAX_LISTED_PROBLEMS).map((p) => toProblem(p, { file: file.name, lang, columns: map.columns }));
  const report: Omit<ImportReport, 'summary'> = {
    status,
    dataset: def.name,
    file,
    detected: source?.detected ?? null,
    dryRun: opts.dryRun ?? false,
    replace: opts.replace ?? false,
    lang,
    actor: opts.actor ?? null,
    counts,
    errors,
    warnings: raw.length - errors,
    problems,
    problemsNotListed: raw.length - problems.length,
    dataVersion,
    ms: Math.round(performance.now() - started),
  };
  return { ...report, summary: summaryLine(report) };
}

function auditEntry(
  opts: ImportFileOptions,
  file: ImportReport['file'],
  counts: ImportCounts,
  status: ImportReport['status'],
  raw: readonly RawProblem[],
  source: ReadResult | null,
  dataVersion: number | null,
): AuditEntry {
  const errors = raw.filter((p) => p.severity === 'error').length;
  return {
    actor: opts.actor ?? 'unknown',
    actorRole: opts.actorRole ?? null,
    action: 'import',
    dataset: opts.dataset,
    fileName: file.name,
    fileSha256: file.sha256,
    counts: { ...counts },
    dryRun: opts.dryRun ?? false,
    details: {
      status,
      replace: opts.replace ?? false,
      errors,
      warnings: raw.length - errors,
      bytes: file.bytes,
      format: source?.detected.format ?? null,
      dataVersion,
    },
  };
}

/** Problems of the file as a whole: unknown, doubled and missing columns. */
function fileProblems(name: DatasetName, map: ColumnMap, featureGeometry: boolean, lang: Lang, add: (p: RawProblem) => void): void {
  const def = DATASETS[name];
  for (const column of map.unknown) add({ severity: 'warning', code: 'unknown_column', column, params: { column } });
  for (const d of map.duplicates) {
    add({ severity: 'error', code: 'duplicate_column', field: d.field.name, params: { columns: d.columns.map((c) => `«${c}»`).join(', '), label: d.field.label[lang] } });
  }
  const lon = map.columns.has('lon');
  const lat = map.columns.has('lat');
  if (lon !== lat) {
    const [present, absent] = lon ? ['lon', 'lat'] : ['lat', 'lon'];
    add({ severity: 'error', code: 'lonlat_incomplete', params: { present: map.columns.get(present)!, absent: fieldOf(def, absent)!.label[lang] } });
  }
  for (const f of missingFields(def, map, { featureGeometry })) {
    // A point is given as lon/lat columns in a table: name those rather than the geometry column.
    if (f.type === 'point') {
      if (lon !== lat) continue;
      for (const part of ['lon', 'lat']) {
        const pf = fieldOf(def, part)!;
        add({ severity: 'error', code: 'missing_column', field: part, params: { label: pf.label[lang], accepted: accepted(pf.name, pf.aliases) } });
      }
      continue;
    }
    add({ severity: 'error', code: 'missing_column', field: f.name, params: { label: f.label[lang], accepted: accepted(f.name, f.aliases) } });
  }
}

const accepted = (name: string, aliases: readonly string[] = []) => [name, ...aliases.slice(0, 3)].map((a) => `«${a}»`).join(', ');

/** Reads, validates and stages every record; duplicates of a natural key within the file are caught here. */
async function stageRows(
  client: pg.PoolClient,
  plan: StagePlan,
  source: ReadResult,
  map: ColumnMap,
  ctx: { lang: Lang; source: string; maxRows: number | undefined },
  counts: ImportCounts,
  add: (p: RawProblem) => void,
): Promise<void> {
  const insert = insertStageSql(plan);
  const seen = new Map<string, number>();
  const decimal = source.detected.decimal ?? '.';
  const rowContext = { def: plan.def, map, decimal, lang: ctx.lang, columns: plan.columns, source: ctx.source };
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await client.query(insert, [JSON.stringify(batch)]);
    batch = [];
  };
  for await (const record of source.records) {
    if (ctx.maxRows !== undefined && counts.rows >= ctx.maxRows) {
      // Nothing past the limit is read: the file is refused whole, whatever its format.
      add({ severity: 'error', code: TOO_MANY_ROWS, params: { max: ctx.maxRows } });
      break;
    }
    counts.rows += 1;
    const row = validateRow(rowContext, record);
    for (const p of row.problems) add({ ...p, n: record.n });
    if (row.key !== null) {
      const first = seen.get(row.key);
      if (first === undefined) seen.set(row.key, record.n);
      else add({ severity: 'error', code: 'duplicate_key', n: record.n, field: plan.def.key[0]!, value: row.key, params: { key: row.key, first } });
    }
    batch.push({ n: record.n, ...row.values });
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
}

/** --replace: refuse while another dataset still names a row the file leaves out. */
async function checkReplace(client: pg.PoolClient, plan: StagePlan, lang: Lang, add: (p: RawProblem) => void): Promise<void> {
  for (const ref of referencedBy(plan.def.name)) {
    const { rows } = await client.query<{ count: number; keys: string[] | null }>(
      referencedMissingSql(plan, { table: ref.dataset.table, column: ref.field.name }, ref.column),
    );
    const { count, keys } = rows[0]!;
    if (count > 0) {
      add({
        severity: 'error',
        code: 'replace_referenced',
        params: { count, keys: (keys ?? []).join(', ') + (count > (keys?.length ?? 0) ? ', …' : ''), dataset: plan.def.label[lang], other: ref.dataset.label[lang] },
      });
    }
  }
}

function databaseDetail(error: Error & { constraint?: string; detail?: string }): string {
  return [error.message, error.constraint ? `(${error.constraint})` : '', error.detail ?? ''].filter(Boolean).join(' ');
}

/** Name, size and SHA-256 of the file: what the audit records and what tells two uploads apart. */
async function describeFile(input: Input): Promise<ImportReport['file']> {
  const hash = createHash('sha256');
  let bytes = 0;
  if ('buffer' in input) {
    hash.update(input.buffer);
    bytes = input.buffer.length;
    return { name: input.name, bytes, sha256: hash.digest('hex') };
  }
  for await (const chunk of createReadStream(input.path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { name: input.path.split(/[\\/]/).pop()!, bytes, sha256: hash.digest('hex') };
}
