// The audit log (issue 6, item 8): who did what, when, to which dataset or record, from which file, with what
// counts. recordAudit takes the client of the transaction that makes the change, so the change and its record
// commit together or not at all; an import, an edit or a user change never lands unrecorded.
import type { Queryable } from '../db/transaction.ts';
import type { Role } from './auth/roles.ts';
import { loadSql } from './sql.ts';

const SQL = loadSql('audit', ['insert', 'list']);

export const AUDIT_ACTIONS = ['import', 'edit', 'user', 'token', 'login', 'logout'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Rows an import or edit inserted, updated, left unchanged or rejected (an import may add deleted and rows). */
export interface AuditCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  deleted?: number;
  rows?: number;
}

export interface AuditEntry {
  /** The user's name, or "cli:<account>" for the command line. */
  actor: string;
  actorRole?: Role | null;
  action: AuditAction;
  dataset?: string | null;
  /** The natural key of the one record an edit changed. */
  recordKey?: string | null;
  fileName?: string | null;
  /** Hex SHA-256 of the file; '' (unknown) is stored as null. */
  fileSha256?: string | null;
  counts?: AuditCounts | null;
  dryRun?: boolean;
  details?: Record<string, unknown>;
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  actorRole: Role | null;
  action: AuditAction;
  dataset: string | null;
  recordKey: string | null;
  fileName: string | null;
  fileSha256: string | null;
  counts: AuditCounts | null;
  dryRun: boolean;
  details: Record<string, unknown>;
}

/** Adds one entry; returns its id. Call it with the client of the transaction that makes the change. */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<number> {
  const { rows } = await db.query<{ id: number }>(SQL.insert, [
    entry.actor,
    entry.actorRole ?? null,
    entry.action,
    entry.dataset ?? null,
    entry.recordKey ?? null,
    entry.fileName ?? null,
    entry.fileSha256 ? entry.fileSha256 : null,
    entry.counts ? JSON.stringify(entry.counts) : null,
    entry.dryRun ?? false,
    JSON.stringify(entry.details ?? {}),
  ]);
  return rows[0]!.id;
}

export const AUDIT_DEFAULT_LIMIT = 50;
export const AUDIT_MAX_LIMIT = 500;

export interface AuditQuery {
  limit?: number | undefined;
  /** Only entries older than this one (its id): pass the previous page's nextBefore. */
  before?: number | undefined;
  dataset?: string | undefined;
  action?: AuditAction | undefined;
}

export interface AuditPage {
  entries: AuditRecord[];
  /** The `before` that gives the next (older) page; null when this page is the last. */
  nextBefore: number | null;
}

interface AuditRow {
  id: number;
  at: Date;
  actor: string;
  actor_role: Role | null;
  action: AuditAction;
  dataset: string | null;
  record_key: string | null;
  file_name: string | null;
  file_sha256: string | null;
  counts: AuditCounts | null;
  dry_run: boolean;
  details: Record<string, unknown>;
}

/** Newest first. */
export async function listAudit(db: Queryable, query: AuditQuery = {}): Promise<AuditPage> {
  const limit = Math.min(Math.max(query.limit ?? AUDIT_DEFAULT_LIMIT, 1), AUDIT_MAX_LIMIT);
  // One more than asked for says whether an older page exists without a count over the whole log.
  const { rows } = await db.query<AuditRow>(SQL.list, [limit + 1, query.before ?? null, query.dataset ?? null, query.action ?? null]);
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor,
      actorRole: r.actor_role,
      action: r.action,
      dataset: r.dataset,
      recordKey: r.record_key,
      fileName: r.file_name,
      fileSha256: r.file_sha256,
      counts: r.counts,
      dryRun: r.dry_run,
      details: r.details,
    })),
    nextBefore: rows.length > limit ? page[page.length - 1]!.id : null,
  };
}
