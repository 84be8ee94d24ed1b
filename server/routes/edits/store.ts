// Single-record edits (issue 6, item 6): a site's programme status, a month's sales of a product through a channel.
// Each is one transaction: lock the record, change it, bump the data version (so the next summary is computed
// afresh: server/lib/query-cache.ts), write the audit row with before and after. A refused edit changes nothing.
import type pg from 'pg';
import { recordAudit, type AuditCounts } from '../../lib/audit.ts';
import { RequestError } from '../../lib/auth/errors.ts';
import type { Actor } from '../../lib/auth/store.ts';
import { withTransaction } from '../../db/transaction.ts';
import { describeVocab, matchVocab } from '../../lib/import/vocab.ts';
import { loadSql } from '../../lib/sql.ts';

const SQL = loadSql('edits', ['lockSite', 'updateSiteStatus', 'productExists', 'lockSale', 'ensureEditSource', 'upsertSale']);
// The one statement that bumps the data version, shared with seed and import (006_import.sql).
const VERSION = loadSql('import', ['bumpVersion']);

/** The source a figure typed in by an editor cites (created by the first such edit). */
export const EDIT_SOURCE = 'user-edit';

const counts = (result: 'inserted' | 'updated' | 'unchanged'): AuditCounts => ({
  inserted: result === 'inserted' ? 1 : 0,
  updated: result === 'updated' ? 1 : 0,
  unchanged: result === 'unchanged' ? 1 : 0,
  rejected: 0,
});

/** A vocabulary value from its code or its Kyrgyz, Russian or English name; a 400 naming the choices otherwise. */
function vocabValue(vocab: 'status' | 'channel', what: string, raw: string): string {
  const code = matchVocab(vocab, raw);
  if (code) return code;
  throw new RequestError(
    400,
    `"${raw}" is not a ${what}. Use one of: ${describeVocab(vocab, 'en')}; Russian and Kyrgyz names work too ` +
      `(${describeVocab(vocab, 'ru')}).`,
  );
}

export interface SiteEdit {
  code: string;
  status: string;
  previousStatus: string;
  changed: boolean;
  auditId: number;
}

export async function editSiteStatus(pool: pg.Pool, code: string, rawStatus: string, actor: Actor): Promise<SiteEdit> {
  const status = vocabValue('status', 'programme status', rawStatus);
  return withTransaction(pool, async (client) => {
    const before = (await client.query<{ code: string; status: string }>(SQL.lockSite, [code])).rows[0];
    if (!before) throw new RequestError(404, `No site has the code "${code}". GET /api/sites lists the sites there are.`);
    const changed = before.status !== status;
    if (changed) {
      await client.query(SQL.updateSiteStatus, [code, status]);
      await client.query(VERSION.bumpVersion, [`edit site ${code} status by ${actor.name}`]);
    }
    const auditId = await recordAudit(client, {
      actor: actor.name,
      actorRole: actor.role,
      action: 'edit',
      dataset: 'sites',
      recordKey: code,
      counts: counts(changed ? 'updated' : 'unchanged'),
      details: { field: 'status', before: { status: before.status }, after: { status } },
    });
    return { code, status, previousStatus: before.status, changed, auditId };
  });
}

export interface SaleValues {
  quantity: number;
  revenueKgs: number;
}

export interface SaleEdit extends SaleValues {
  product: string;
  channel: string;
  month: string;
  result: 'inserted' | 'updated' | 'unchanged';
  previous: SaleValues | null;
  auditId: number;
}

/** Sets one month's sales of a product through a channel (a new row, or the row's new values). */
export async function putSale(
  pool: pg.Pool,
  key: { product: string; channel: string; month: string },
  values: SaleValues,
  actor: Actor,
): Promise<SaleEdit> {
  const channel = vocabValue('channel', 'sales channel', key.channel);
  const { product, month } = key;
  const recordKey = `${product}/${channel}/${month}`;
  return withTransaction(pool, async (client) => {
    if ((await client.query(SQL.productExists, [product])).rowCount === 0) {
      throw new RequestError(
        404,
        `No product has the code "${product}". GET /api/products lists the products; a new one is added by importing the products dataset.`,
      );
    }
    const row = (
      await client.query<{ quantity: number; revenue_kgs: number; same: boolean }>(SQL.lockSale, [
        product,
        channel,
        `${month}-01`,
        values.quantity,
        values.revenueKgs,
      ])
    ).rows[0];
    const previous = row ? { quantity: row.quantity, revenueKgs: row.revenue_kgs } : null;
    let stored: SaleValues = previous ?? values;
    let result: SaleEdit['result'] = 'unchanged';
    if (!row || !row.same) {
      await client.query(SQL.ensureEditSource, [EDIT_SOURCE]);
      const after = (await client.query<{ quantity: number; revenue_kgs: number }>(SQL.upsertSale, [
        product,
        channel,
        `${month}-01`,
        values.quantity,
        values.revenueKgs,
        EDIT_SOURCE,
      ])).rows[0]!;
      stored = { quantity: after.quantity, revenueKgs: after.revenue_kgs };
      result = row ? 'updated' : 'inserted';
      await client.query(VERSION.bumpVersion, [`edit sales ${recordKey} by ${actor.name}`]);
    }
    const auditId = await recordAudit(client, {
      actor: actor.name,
      actorRole: actor.role,
      action: 'edit',
      dataset: 'sales',
      recordKey,
      counts: counts(result),
      details: { before: previous, after: stored },
    });
    return { product, channel, month, ...stored, result, previous, auditId };
  });
}
