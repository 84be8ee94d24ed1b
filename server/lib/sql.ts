// Static SQL lives in server/sql/<resource>.sql, read once at start. A file holds named statements:
//   -- name: list
//   SELECT …
// Values go in only as $n parameters; nothing is ever spliced into these strings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SQL_DIR } from './paths.ts';

const NAME_LINE = /^--\s*name:\s*([A-Za-z][A-Za-z0-9_]*)\s*$/;

export function parseNamedSql(text: string, file = '<sql>'): Record<string, string> {
  const out: Record<string, string> = {};
  let current: string | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (current === null) return;
    const sql = lines.join('\n').trim().replace(/;\s*$/, '');
    if (!sql) throw new Error(`${file}: statement "${current}" is empty`);
    out[current] = sql;
  };
  for (const line of text.split(/\r?\n/)) {
    const match = NAME_LINE.exec(line);
    if (match) {
      flush();
      current = match[1]!;
      if (current in out) throw new Error(`${file}: statement "${current}" is defined twice`);
      lines = [];
    } else if (current !== null) {
      lines.push(line);
    }
  }
  flush();
  return out;
}

/** The named statements of server/sql/<resource>.sql; throws at start-up if one the code needs is missing. */
export function loadSql<const N extends string>(resource: string, names: readonly N[]): Record<N, string> {
  const file = path.join(SQL_DIR, `${resource}.sql`);
  const all = parseNamedSql(readFileSync(file, 'utf8'), file);
  const picked = {} as Record<N, string>;
  for (const name of names) {
    const sql = all[name];
    if (sql === undefined) throw new Error(`${file} has no statement "-- name: ${name}"`);
    picked[name] = sql;
  }
  return picked;
}

/** A quoted SQL identifier, for names that come from an allowlist (tables and columns of known definitions), never from a request. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
