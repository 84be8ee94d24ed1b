// The per-dataset statements of an import, built from the dataset definitions (the allowlist of tables and
// columns): identifiers are quoted, values travel only as $n parameters. The stage is a temporary table that lives
// for the import's transaction; rows go in as one jsonb parameter per batch (jsonb_to_recordset), as the seed does.
import type pg from 'pg';
import { storedFields } from './datasets/index.ts';
import type { DatasetDef, FieldDef } from './types.ts';
import { ident } from '../sql.ts';

export const STAGE = 'import_stage';

export interface StagePlan {
  def: DatasetDef;
  /** Staged table columns, in the definition's order. */
  columns: string[];
  /** SQL type of each staged non-geometry column: the target column's own, so values round as they will be stored. */
  types: Map<string, string>;
  geometry: FieldDef[];
}

export async function planStage(client: pg.PoolClient, def: DatasetDef, columns: readonly string[]): Promise<StagePlan> {
  const { rows } = await client.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped`,
    [def.table],
  );
  const types = new Map(rows.map((r) => [r.name, r.type]));
  const fields = storedFields(def).filter((f) => columns.includes(f.name));
  const missing = fields.filter((f) => !types.has(f.name)).map((f) => f.name);
  if (missing.length) throw new Error(`Table ${def.table} has no column ${missing.join(', ')}: is the database migrated?`);
  return {
    def,
    columns: fields.map((f) => f.name),
    types,
    geometry: fields.filter((f) => f.type === 'point' || f.type === 'multipolygon'),
  };
}

const isGeom = (plan: StagePlan, column: string) => plan.geometry.some((g) => g.name === column);
const src = (column: string) => ident(`${column}__src`);
const err = (column: string) => ident(`${column}__error`);

export function createStageSql(plan: StagePlan): string {
  const defs = plan.columns.flatMap((c) =>
    isGeom(plan, c) ? [`${ident(c)} geometry`, `${src(c)} text`, `${err(c)} text`] : [`${ident(c)} ${plan.types.get(c)}`],
  );
  return `CREATE TEMP TABLE ${STAGE} (n integer NOT NULL, ${defs.join(', ')}) ON COMMIT DROP`;
}

export function insertStageSql(plan: StagePlan): string {
  const targets = plan.columns.map((c) => (isGeom(plan, c) ? src(c) : ident(c)));
  const record = plan.columns.map((c) => `${ident(c)} ${isGeom(plan, c) ? 'text' : plan.types.get(c)}`);
  return (
    `INSERT INTO ${STAGE} (n, ${targets.join(', ')}) ` +
    `SELECT r.n, ${plan.columns.map((c) => `r.${ident(c)}`).join(', ')} ` +
    `FROM jsonb_to_recordset($1::jsonb) AS r(n integer, ${record.join(', ')})`
  );
}

/** A key column that may be empty (a national indicator value has no region) matches as the unique index does. */
const nullableKey = (plan: StagePlan, column: string) => {
  const f = plan.def.fields.find((x) => x.name === column);
  return !f?.required && f?.default === undefined;
};

/** `t` (the table) and `s` (the stage) hold the same natural key. */
export function keyMatch(plan: StagePlan, t = 't', s = 's'): string {
  return plan.def.key
    .map((k) =>
      nullableKey(plan, k)
        ? `coalesce(${t}.${ident(k)}, '') = coalesce(${s}.${ident(k)}, '')`
        : `${t}.${ident(k)} = ${s}.${ident(k)}`,
    )
    .join(' AND ');
}

/** Columns an upsert writes besides the key. */
const valueColumns = (plan: StagePlan) => plan.columns.filter((c) => !plan.def.key.includes(c));

/** How many staged rows are new, and how many would change an existing row. */
export function classifySql(plan: StagePlan): string {
  const values = valueColumns(plan);
  const changed = values.length
    ? `(${values.map((c) => `t.${ident(c)}`).join(', ')}) IS DISTINCT FROM (${values.map((c) => `s.${ident(c)}`).join(', ')})`
    : 'false';
  const firstKey = ident(plan.def.key[0]!);
  return `SELECT count(*) FILTER (WHERE t.${firstKey} IS NULL)::int AS inserted,
                 count(*) FILTER (WHERE t.${firstKey} IS NOT NULL AND ${changed})::int AS updated
            FROM ${STAGE} s LEFT JOIN ${ident(plan.def.table)} t ON ${keyMatch(plan)}`;
}

/** Insert new rows, update changed ones; a row equal to the file's is left alone (no write, no new row version). */
export function upsertSql(plan: StagePlan): string {
  const table = ident(plan.def.table);
  const values = valueColumns(plan);
  const conflict = plan.def.conflict.map((c) => (c.startsWith('(') ? c : ident(c))).join(', ');
  const action = values.length
    ? `DO UPDATE SET ${values.map((c) => `${ident(c)} = EXCLUDED.${ident(c)}`).join(', ')}
        WHERE (${values.map((c) => `${table}.${ident(c)}`).join(', ')}) IS DISTINCT FROM (${values.map((c) => `EXCLUDED.${ident(c)}`).join(', ')})`
    : 'DO NOTHING';
  return `INSERT INTO ${table} (${plan.columns.map(ident).join(', ')})
          SELECT ${plan.columns.map(ident).join(', ')} FROM ${STAGE} ORDER BY n
          ON CONFLICT (${conflict}) ${action}`;
}

/** --replace: the rows of the table the file leaves out. */
export function deleteMissingSql(plan: StagePlan): string {
  return `DELETE FROM ${ident(plan.def.table)} t WHERE NOT EXISTS (SELECT 1 FROM ${STAGE} s WHERE ${keyMatch(plan)})`;
}

/**
 * --replace: rows of another dataset that name a row the file leaves out, with up to five of those keys.
 * `referencing` is the other dataset's table and column; the replaced dataset is referenced by its code.
 */
export function referencedMissingSql(plan: StagePlan, referencing: { table: string; column: string }, keyColumn: string): string {
  return `SELECT count(DISTINCT t.${ident(keyColumn)})::int AS count, (array_agg(DISTINCT t.${ident(keyColumn)} ORDER BY t.${ident(keyColumn)}))[1:5] AS keys
            FROM ${ident(plan.def.table)} t
            JOIN ${ident(referencing.table)} r ON r.${ident(referencing.column)} = t.${ident(keyColumn)}
           WHERE NOT EXISTS (SELECT 1 FROM ${STAGE} s WHERE ${keyMatch(plan)})`;
}

export { isGeom, src as srcColumn, err as errorColumn };
