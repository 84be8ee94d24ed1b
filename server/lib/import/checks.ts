// The checks that need the database, run on the staged rows inside the import's transaction: geometry that parses,
// has the right type, is valid (repaired with ST_MakeValid, with a warning) and lies in Kyrgyzstan; an oblast
// found from the rayon or the point; references to other tables; a rayon inside its oblast. Each check returns
// the rows it finds (row number, value) so the report can name them; a geometry that fails is set to NULL so the
// later checks do not report the same row again.
import type pg from 'pg';
import { DATASETS } from './datasets/index.ts';
import { word } from './messages.ts';
import { KG_BBOX } from './parse.ts';
import { loadSql } from '../sql.ts';
import { ident } from '../sql.ts';
import { STAGE, errorColumn, keyMatch, srcColumn, type StagePlan } from './sql.ts';
import type { FieldDef, Lang } from './types.ts';
import type { RowProblem } from './validate-row.ts';

export interface StageProblem extends RowProblem {
  n: number;
}

const SQL = loadSql('import', ['createCountry', 'ensureImportSource']);

export interface CheckContext {
  lang: Lang;
  /** The source rows without a source_id cell cite (created when a staged row uses it). */
  source: string;
  /** Rows that already have an error: derivation problems are not piled onto them. */
  rowsWithErrors: Set<number>;
}

const V = (column: string) => `s.${ident(column)}`;

export async function checkStage(client: pg.PoolClient, plan: StagePlan, ctx: CheckContext): Promise<StageProblem[]> {
  const found: StageProblem[] = [];
  const add = (p: StageProblem) => {
    found.push(p);
    if (p.severity === 'error') ctx.rowsWithErrors.add(p.n);
  };
  const staged = (name: string) => plan.columns.includes(name);

  if (plan.geometry.length) await checkGeometry(client, plan, ctx, add);
  await keepOrDerive(client, plan, ctx, add);

  if (staged('source_id')) {
    const uses = await client.query(`SELECT 1 FROM ${STAGE} WHERE source_id = $1 LIMIT 1`, [ctx.source]);
    if (uses.rowCount) await client.query(SQL.ensureImportSource, [ctx.source]);
  }
  for (const f of plan.def.fields) {
    if (!f.references || !staged(f.name)) continue;
    const { table, column, levels } = f.references;
    const level = levels ? `, a.level AS found` : '';
    const { rows } = await client.query<{ n: number; value: string; found?: string | null }>(
      `SELECT s.n, ${V(f.name)} AS value${level}
         FROM ${STAGE} s LEFT JOIN ${ident(table)} a ON a.${ident(column)} = ${V(f.name)}
        WHERE ${V(f.name)} IS NOT NULL AND (a.${ident(column)} IS NULL${levels ? ' OR a.level <> ALL($1::text[])' : ''})
        ORDER BY s.n`,
      levels ? [levels] : [],
    );
    for (const r of rows) {
      if (r.found) {
        const expected = levels!.map((l) => word(l, ctx.lang)).join(` ${word('or', ctx.lang)} `);
        add({ n: r.n, severity: 'error', code: 'wrong_admin_level', field: f.name, value: r.value, params: { value: r.value, found: word(r.found, ctx.lang), expected } });
      } else {
        add({ n: r.n, severity: 'error', code: 'reference_missing', field: f.name, value: r.value, params: { value: r.value, target: referenceTarget(f, ctx.lang) } });
      }
    }
  }
  if (staged('rayon_code') && staged('oblast_code')) {
    const { rows } = await client.query<{ n: number; rayon: string; oblast: string; parent: string }>(
      `SELECT s.n, s.rayon_code AS rayon, s.oblast_code AS oblast, a.parent_code AS parent
         FROM ${STAGE} s JOIN admin_units a ON a.code = s.rayon_code AND a.level = 'rayon'
        WHERE s.oblast_code IS NOT NULL AND a.parent_code IS DISTINCT FROM s.oblast_code
        ORDER BY s.n`,
    );
    for (const r of rows) {
      add({ n: r.n, severity: 'error', code: 'rayon_not_in_oblast', field: 'rayon_code', value: r.rayon, params: { ...r, parent: r.parent ?? '—' } });
    }
  }
  return found;
}

function referenceTarget(f: FieldDef, lang: Lang): string {
  const ref = f.references!;
  if (ref.dataset) return DATASETS[ref.dataset].label[lang];
  if (ref.levels) return ref.levels.map((l) => word(l, lang)).join(` ${word('or', lang)} `);
  return word(ref.table, lang);
}

async function checkGeometry(client: pg.PoolClient, plan: StagePlan, ctx: CheckContext, add: (p: StageProblem) => void): Promise<void> {
  const country = await client.query(SQL.createCountry).then(() => client.query('SELECT 1 FROM import_country'));
  const hasOutline = (country.rowCount ?? 0) > 0;
  if (!hasOutline) add({ n: 0, severity: 'warning', code: 'no_country_outline', params: {} });
  const area = hasOutline
    ? '(SELECT geom FROM import_country)'
    : `ST_MakeEnvelope(${KG_BBOX.west}, ${KG_BBOX.south}, ${KG_BBOX.east}, ${KG_BBOX.north}, 4326)`;

  for (const g of plan.geometry) {
    const col = ident(g.name);
    // Parse: GeoJSON of the feature or of lon/lat, or WKT/GeoJSON text of a cell.
    await client.query(
      `UPDATE ${STAGE} SET (${col}, ${errorColumn(g.name)}) = (SELECT p.geom, p.error FROM import_parse_geometry(${srcColumn(g.name)}) p)
        WHERE ${srcColumn(g.name)} IS NOT NULL`,
    );
    const unreadable = await client.query<{ n: number; value: string; detail: string }>(
      `SELECT n, left(${srcColumn(g.name)}, 80) AS value, coalesce(${errorColumn(g.name)}, '') AS detail
         FROM ${STAGE} WHERE ${srcColumn(g.name)} IS NOT NULL AND ${col} IS NULL ORDER BY n`,
    );
    for (const r of unreadable.rows) add({ n: r.n, severity: 'error', code: 'geometry_unreadable', field: g.name, value: r.value, params: { detail: r.detail } });

    // Type: a one-point MultiPoint is a Point; anything else of the wrong kind is refused.
    const types = g.type === 'point' ? `'ST_Point'` : `'ST_Polygon', 'ST_MultiPolygon'`;
    if (g.type === 'point') {
      await client.query(`UPDATE ${STAGE} SET ${col} = ST_GeometryN(${col}, 1) WHERE ST_GeometryType(${col}) = 'ST_MultiPoint' AND ST_NumGeometries(${col}) = 1`);
    }
    const wrong = await client.query<{ n: number; found: string }>(
      `WITH bad AS (SELECT n, substr(ST_GeometryType(${col}), 4) AS found FROM ${STAGE}
                     WHERE ${col} IS NOT NULL AND ST_GeometryType(${col}) NOT IN (${types}))
       UPDATE ${STAGE} s SET ${col} = NULL FROM bad WHERE s.n = bad.n RETURNING s.n, bad.found`,
    );
    for (const r of wrong.rows) {
      add({ n: r.n, severity: 'error', code: 'geometry_wrong_type', field: g.name, value: r.found ?? '', params: { found: r.found ?? '?', expected: word(g.type, ctx.lang) } });
    }

    if (g.type === 'multipolygon') {
      const repaired = await client.query<{ n: number; reason: string; empty: boolean }>(
        `WITH bad AS (SELECT n, ST_IsValidReason(${col}) AS reason FROM ${STAGE} WHERE ${col} IS NOT NULL AND NOT ST_IsValid(${col}))
         UPDATE ${STAGE} s SET ${col} = ST_Multi(ST_CollectionExtract(ST_MakeValid(s.${col}), 3))
           FROM bad WHERE s.n = bad.n
         RETURNING s.n, bad.reason, ST_IsEmpty(s.${col}) AS empty`,
      );
      for (const r of repaired.rows) {
        add({ n: r.n, severity: r.empty ? 'error' : 'warning', code: r.empty ? 'geometry_empty_after_repair' : 'geometry_repaired', field: g.name, params: { reason: r.reason } });
      }
      await client.query(`UPDATE ${STAGE} SET ${col} = CASE WHEN ST_IsEmpty(${col}) THEN NULL ELSE ST_Multi(${col}) END WHERE ${col} IS NOT NULL`);
    }

    const outside = await client.query<{ n: number; lon: number; lat: number }>(
      `UPDATE ${STAGE} s SET ${col} = NULL
         FROM (SELECT n, ${col} AS g FROM ${STAGE} WHERE ${col} IS NOT NULL AND NOT ST_CoveredBy(${col}, ${area})) o
        WHERE s.n = o.n
       RETURNING s.n,
         (SELECT ST_X(dp.geom) FROM ST_DumpPoints(o.g) dp WHERE NOT ST_Covers(${area}, dp.geom) ORDER BY dp.path LIMIT 1) AS lon,
         (SELECT ST_Y(dp.geom) FROM ST_DumpPoints(o.g) dp WHERE NOT ST_Covers(${area}, dp.geom) ORDER BY dp.path LIMIT 1) AS lat`,
    );
    for (const r of outside.rows) {
      const value = r.lon === null ? '' : `${Number(r.lon.toFixed(5))}, ${Number(r.lat.toFixed(5))}`;
      add({ n: r.n, severity: 'error', code: 'outside_kyrgyzstan', field: g.name, value, params: { lon: r.lon ?? '', lat: r.lat ?? '' } });
    }
  }
}

/**
 * Values a row may leave out: an existing site keeps its zone and its point; a new site without a point gets one
 * inside its zone (a warning) and without a zone is refused; an empty oblast comes from the rayon or the point.
 */
async function keepOrDerive(client: pg.PoolClient, plan: StagePlan, ctx: CheckContext, add: (p: StageProblem) => void): Promise<void> {
  const table = ident(plan.def.table);
  for (const f of plan.def.fields) {
    if (f.derive !== 'keep_on_update' && f.derive !== 'point_on_zone') continue;
    const col = ident(f.name);
    if (plan.columns.includes(f.name)) {
      await client.query(
        `UPDATE ${STAGE} s SET ${col} = t.${col} FROM ${table} t
          WHERE ${keyMatch(plan)} AND s.${col} IS NULL AND s.${srcColumn(f.name)} IS NULL`,
      );
    }
    if (f.derive === 'point_on_zone') {
      const zone = plan.def.fields.find((z) => z.type === 'multipolygon' && plan.columns.includes(z.name));
      if (zone && plan.columns.includes(f.name)) {
        const derived = await client.query<{ n: number }>(
          `UPDATE ${STAGE} SET ${col} = ST_PointOnSurface(${ident(zone.name)})
            WHERE ${col} IS NULL AND ${srcColumn(f.name)} IS NULL AND ${ident(zone.name)} IS NOT NULL RETURNING n`,
        );
        for (const r of derived.rows) add({ n: r.n, severity: 'warning', code: 'point_from_zone', field: f.name, params: {} });
      }
    } else {
      const given = plan.columns.includes(f.name) ? `s.${col} IS NULL AND s.${srcColumn(f.name)} IS NULL AND ` : '';
      const { rows } = await client.query<{ n: number }>(
        `SELECT s.n FROM ${STAGE} s WHERE ${given}NOT EXISTS (SELECT 1 FROM ${table} t WHERE ${keyMatch(plan)}) ORDER BY s.n`,
      );
      for (const r of rows) if (!ctx.rowsWithErrors.has(r.n)) add({ n: r.n, severity: 'error', code: 'zone_required_for_new', field: f.name, params: {} });
    }
  }

  const oblast = plan.def.fields.find((f) => f.derive === 'oblast');
  if (!oblast || !plan.columns.includes(oblast.name)) return;
  const fromRayon = plan.columns.includes('rayon_code')
    ? `(SELECT a.parent_code FROM admin_units a WHERE a.code = s.rayon_code AND a.level = 'rayon')`
    : 'NULL';
  const point = plan.geometry.find((g) => g.type === 'point');
  // The oblast or city whose polygon holds the point; a point just outside a simplified border takes the nearest.
  const fromPoint = point
    ? `(SELECT a.code FROM admin_units a
         WHERE a.level IN ('oblast', 'city') AND a.geom IS NOT NULL AND ST_DWithin(a.geom, s.${ident(point.name)}, 0.02)
         ORDER BY ST_Distance(a.geom, s.${ident(point.name)}), a.level = 'city' DESC LIMIT 1)`
    : 'NULL';
  await client.query(`UPDATE ${STAGE} s SET ${ident(oblast.name)} = coalesce(${fromRayon}, ${fromPoint}) WHERE s.${ident(oblast.name)} IS NULL`);
  const { rows } = await client.query<{ n: number }>(`SELECT n FROM ${STAGE} WHERE ${ident(oblast.name)} IS NULL ORDER BY n`);
  for (const r of rows) if (!ctx.rowsWithErrors.has(r.n)) add({ n: r.n, severity: 'error', code: 'oblast_not_found', field: oblast.name, params: {} });
}
