// Loads a data folder (sources.json, base/admin-units.geojson, sample/<table>.json) into the database in one
// transaction, in foreign-key order, upserting on each table's natural key so seeding twice changes nothing.
// Rows travel as ONE jsonb parameter per batch (jsonb_to_recordset): a few round trips instead of one per row,
// which is what makes thousands of sales rows seed in seconds through the embedded socket.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { SEED_TABLES, type SeedTable } from './seed-tables.ts';
import { noteDataChanged } from '../lib/query-cache.ts';
import { ident, loadSql } from '../lib/sql.ts';

export interface SeedOptions {
  /** Folder holding sources.json, base/ and sample/. */
  dataDir: string;
  /** Load even when seed_state says this content was already loaded. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface SeedResult {
  status: 'loaded' | 'unchanged' | 'no-data';
  contentHash: string | null;
  /** Rows written per table (only when loaded). */
  counts: Record<string, number>;
  ms: number;
}

type Row = Record<string, unknown>;

const BATCH_ROWS = 2000;
const SEED_NAME = 'data';
// The data version (006_import.sql): a server over the same database drops its cached answers when it moves.
const SQL = loadSql('import', ['bumpVersion']);

export class SeedError extends Error {
  override name = 'SeedError';
}

export async function seed(pool: pg.Pool, { dataDir, force = false, log = () => {} }: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (!existsSync(path.join(dataDir, 'sources.json'))) {
    log(`Seed skipped: no ${path.join(dataDir, 'sources.json')} yet`);
    return { status: 'no-data', contentHash: null, counts: {}, ms: elapsed() };
  }
  const contentHash = hashContent(dataDir);
  if (!force) {
    const { rows } = await pool.query<{ content_hash: string }>(
      'SELECT content_hash FROM seed_state WHERE name = $1',
      [SEED_NAME],
    );
    if (rows[0]?.content_hash === contentHash) {
      log('Seed: data files unchanged since the last load, skipping');
      return { status: 'unchanged', contentHash, counts: {}, ms: elapsed() };
    }
  }

  const client = await pool.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query('BEGIN');
    for (const spec of SEED_TABLES) {
      const file = path.join(dataDir, spec.file);
      if (!existsSync(file)) {
        log(`Seed: ${spec.file} not found, ${spec.table} left as it is`);
        continue;
      }
      const rows = readRows(file, spec);
      counts[spec.table] = await upsert(client, spec, rows);
    }
    await client.query(
      `INSERT INTO seed_state (name, content_hash, loaded_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET content_hash = EXCLUDED.content_hash, loaded_at = EXCLUDED.loaded_at`,
      [SEED_NAME, contentHash],
    );
    await client.query(SQL.bumpVersion, ['seed']);
    await client.query('COMMIT');
    noteDataChanged();
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  log(`Seed: loaded ${total} rows from ${dataDir} in ${(elapsed() / 1000).toFixed(1)} s`);
  return { status: 'loaded', contentHash, counts, ms: elapsed() };
}

/** A hash of every file the seed reads, and of the seed's own table list (a new column reloads). */
export function hashContent(dataDir: string): string {
  const hash = createHash('sha256').update(JSON.stringify(SEED_TABLES));
  for (const spec of SEED_TABLES) {
    const file = path.join(dataDir, spec.file);
    hash.update(`\0${spec.file}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : 'missing');
  }
  return hash.digest('hex');
}

function readRows(file: string, spec: SeedTable): Row[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (file.endsWith('.geojson')) return featuresToRows(parsed, file);
  if (!Array.isArray(parsed)) throw new SeedError(`${file} must hold a JSON array of ${spec.table} rows`);
  return parsed.map((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new SeedError(`${file}: item ${i} is not an object with ${spec.table} columns`);
    }
    return row as Row;
  });
}

/** GeoJSON features → admin_units rows: polygons become `geom`, a point (a city drawn as a dot) `label_point`. */
export function featuresToRows(collection: unknown, file: string): Row[] {
  const features = (collection as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new SeedError(`${file} must be a GeoJSON FeatureCollection`);
  return features.map((f: { properties?: Row; geometry?: { type?: string } | null }, i) => {
    const row: Row = { ...(f.properties ?? {}) };
    const type = f.geometry?.type;
    if (type === 'Polygon' || type === 'MultiPolygon') row.geom = f.geometry;
    else if (type === 'Point') row.label_point = f.geometry;
    else if (f.geometry != null) {
      throw new SeedError(`${file}: feature ${i} (${String(row.code)}) has a ${type} geometry; expected (Multi)Polygon or Point`);
    }
    return row;
  });
}

async function columnTypes(client: pg.PoolClient, table: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped`,
    [table],
  );
  return new Map(rows.map((r) => [r.name, r.type]));
}

async function upsert(client: pg.PoolClient, spec: SeedTable, rows: Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const types = await columnTypes(client, spec.table);
  // Columns: the allowlist, limited to those the table has and the file provides (absent ones keep defaults).
  const present = new Set(rows.flatMap((r) => Object.keys(r)));
  // admin_units polygons get a label point inside them (ST_PointOnSurface) unless the file gives one.
  const derivesLabelPoint = spec.table === 'admin_units' && present.has('geom');
  const columns = spec.columns.filter(
    (c) => types.has(c) && (present.has(c) || (derivesLabelPoint && c === 'label_point')),
  );
  const geometry = spec.geometry ?? {};
  const recordDef = columns.map((c) => `${ident(c)} ${c in geometry ? 'jsonb' : types.get(c)}`).join(', ');
  const geomExpr = (c: string) => {
    const g = `ST_SetSRID(ST_GeomFromGeoJSON((r.${ident(c)})::text), 4326)`;
    return geometry[c] === 'multipolygon' ? `ST_Multi(${g})` : g;
  };
  const select = columns.map((c) => {
    if (derivesLabelPoint && c === 'label_point') {
      return `coalesce(${geomExpr('label_point')}, ST_PointOnSurface(${geomExpr('geom')}))`;
    }
    return c in geometry ? geomExpr(c) : `r.${ident(c)}`;
  });
  const keyColumns = new Set(spec.conflict);
  const updates = columns.filter((c) => !keyColumns.has(c)).map((c) => `${ident(c)} = EXCLUDED.${ident(c)}`);
  const sql =
    `INSERT INTO ${ident(spec.table)} (${columns.map(ident).join(', ')})
     SELECT ${select.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${recordDef})
     ON CONFLICT (${spec.conflict.map((c) => (c.startsWith('(') ? c : ident(c))).join(', ')}) ` +
    (updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING');

  let written = 0;
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS).map((r) => pick(r, columns));
    try {
      const result = await client.query(sql, [JSON.stringify(batch)]);
      written += result.rowCount ?? 0;
    } catch (error) {
      throw new SeedError(`Seeding ${spec.table} from ${spec.file} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return written;
}

function pick(row: Row, columns: readonly string[]): Row {
  const out: Row = {};
  for (const c of columns) if (c in row) out[c] = row[c];
  return out;
}
