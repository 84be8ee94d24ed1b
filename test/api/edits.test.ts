// Single-record edits by editors (issue 6, item 6): a site's status, a month's sales. Each is audited with who,
// when, before and after; a refused edit changes nothing; summaries show an edit at once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import type { AuditPageSchema, LoginResultSchema, SaleEditResultSchema, SiteEditResultSchema } from '../../server/schemas/auth.ts';
import type { SalesSummary } from '../../server/schemas/summaries.ts';
import type { SiteCollectionSchema } from '../../server/schemas/api.ts';
import { createAuthStore } from '../../server/lib/auth/store.ts';
import { json, useApi, type ApiContext } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

type AuditPage = Static<typeof AuditPageSchema>;
type SiteEdit = Static<typeof SiteEditResultSchema>;
type SaleEdit = Static<typeof SaleEditResultSchema>;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function login(api: ApiContext, name: string, password: string): Promise<string> {
  const res = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password } });
  expect(res.statusCode, res.body).toBe(200);
  return json<Static<typeof LoginResultSchema>>(res).token;
}

/** Everything an edit could touch, to compare before and after a refused one. */
async function snapshot(api: ApiContext) {
  const q = async (sql: string) => (await api.db.pool.query(sql)).rows;
  return {
    sites: await q('SELECT code, status FROM hazard_sites ORDER BY code'),
    sales: await q('SELECT product_code, channel, month::text, quantity::text, revenue_kgs::text, source_id, is_sample FROM sales ORDER BY 1, 2, 3'),
    audit: await q("SELECT count(*)::int AS n FROM audit_log WHERE action = 'edit'"),
    version: await q('SELECT version::int FROM data_version'),
  };
}

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  let editor = '';
  let viewer = '';

  beforeAll(async () => {
    const store = createAuthStore(api.db.pool);
    const cli = { name: 'cli:test', role: null };
    await store.createUser({ name: 'eddie', role: 'editor', password: 'editor passphrase' }, cli);
    await store.createUser({ name: 'vera', role: 'viewer', password: 'viewer passphrase' }, cli);
    editor = await login(api, 'eddie', 'editor passphrase');
    viewer = await login(api, 'vera', 'viewer passphrase');
  });

  const patchSite = (code: string, payload: object, headers: Record<string, string> = bearer(editor)) =>
    api.app.inject({ method: 'PATCH', url: `/api/sites/${code}`, headers, payload });
  const putSale = (path: string, payload: object, headers: Record<string, string> = bearer(editor)) =>
    api.app.inject({ method: 'PUT', url: `/api/sales/${path}`, headers, payload });
  const lastEdit = async () =>
    json<AuditPage>(await api.app.inject({ url: '/api/audit?action=edit&limit=1', headers: bearer(editor) })).entries[0]!;

  describe('a site’s status', () => {
    it('an editor changes it by its Russian name; the site list shows it and the audit has who, when, before and after', async () => {
      const res = await patchSite('KG-J-S01', { status: 'Строительные работы' });
      expect(res.statusCode, res.body).toBe(200);
      expect(json<SiteEdit>(res)).toMatchObject({ code: 'KG-J-S01', status: 'works', previousStatus: 'design', changed: true });
      const sites = json<Static<typeof SiteCollectionSchema>>(await api.app.inject({ url: '/api/sites?status=works' }));
      expect(sites.features.map((f) => f.id)).toContain('KG-J-S01');
      const entry = await lastEdit();
      expect(entry).toMatchObject({
        id: json<SiteEdit>(res).auditId,
        actor: 'eddie',
        actorRole: 'editor',
        action: 'edit',
        dataset: 'sites',
        recordKey: 'KG-J-S01',
        counts: { inserted: 0, updated: 1, unchanged: 0, rejected: 0 },
        dryRun: false,
        details: { field: 'status', before: { status: 'design' }, after: { status: 'works' } },
      });
      expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    });

    it('setting the status it already has changes nothing and is recorded as unchanged', async () => {
      const version = (await snapshot(api)).version;
      const res = await patchSite('KG-J-S01', { status: 'works' });
      expect(json<SiteEdit>(res)).toMatchObject({ changed: false, status: 'works', previousStatus: 'works' });
      expect((await snapshot(api)).version).toEqual(version);
      expect((await lastEdit()).counts).toMatchObject({ updated: 0, unchanged: 1 });
    });

    it('an unknown status is a 400 listing the choices, an unknown site a 404, and neither changes anything', async () => {
      const before = await snapshot(api);
      const bad = expectProblem(await patchSite('KG-J-S02', { status: 'finished-ish' }), 400);
      expect(bad.detail).toContain('"finished-ish" is not a programme status');
      expect(bad.detail).toContain('(feasibility_study)');
      expect(bad.detail).toContain('проектирование (design)');
      expect(expectProblem(await patchSite('KG-X-99', { status: 'design' }), 404).detail).toContain('GET /api/sites');
      expect(expectProblem(await patchSite('KG-J-S02', { status: 'design', hazard: 'flood' }), 400).detail).toContain('hazard');
      expect(await snapshot(api)).toEqual(before);
    });

    it('anonymous requests (401), viewers (403) and cookie writes without X-Atlas-Request (403) change nothing', async () => {
      const before = await snapshot(api);
      expectProblem(await patchSite('KG-J-S02', { status: 'completed' }, {}), 401);
      expect(expectProblem(await patchSite('KG-J-S02', { status: 'completed' }, bearer(viewer)), 403).detail).toContain(
        'Your role (viewer) cannot import or edit data',
      );
      const viaCookie = await api.app.inject({ method: 'PATCH', url: '/api/sites/KG-J-S02', cookies: { atlas_session: editor }, payload: { status: 'completed' } });
      expectProblem(viaCookie, 403);
      expect(await snapshot(api)).toEqual(before);
      const allowed = await api.app.inject({
        method: 'PATCH',
        url: '/api/sites/KG-J-S02',
        cookies: { atlas_session: editor },
        headers: { 'x-atlas-request': '1' },
        payload: { status: 'completed' },
      });
      expect(allowed.statusCode).toBe(200);
    });
  });

  describe('a month’s sales', () => {
    const year2025 = async () =>
      json<SalesSummary>(await api.app.inject({ url: '/api/summary/sales?by=year' })).rows.find((r) => r.key === '2025')!.salesKgs;

    it('a new month is inserted (201) and the yearly summary, already cached, shows it at once', async () => {
      expect(await year2025()).toBeCloseTo(1_000_000.55, 2);
      const res = await putSale('P-02/fair/2025-03', { quantity: 10, revenueKgs: 2_500.456 });
      expect(res.statusCode, res.body).toBe(201);
      expect(json<SaleEdit>(res)).toMatchObject({
        product: 'P-02',
        channel: 'fair',
        month: '2025-03',
        quantity: 10,
        revenueKgs: 2_500.46,
        result: 'inserted',
        previous: null,
      });
      expect(await year2025()).toBeCloseTo(1_002_501.01, 2);
      const { rows } = await api.db.pool.query(
        "SELECT source_id, is_sample FROM sales WHERE product_code = 'P-02' AND channel = 'fair' AND month = '2025-03-01'",
      );
      expect(rows).toEqual([{ source_id: 'user-edit', is_sample: false }]);
      expect(await lastEdit()).toMatchObject({
        dataset: 'sales',
        recordKey: 'P-02/fair/2025-03',
        counts: { inserted: 1, updated: 0, unchanged: 0, rejected: 0 },
        details: { before: null, after: { quantity: 10, revenueKgs: 2_500.46 } },
      });
    });

    it('an existing month is updated (200) with the values before in the answer and the audit; the channel may be named in Kyrgyz', async () => {
      const res = await putSale('P-01/Экспорт/2025-01', { quantity: 25, revenueKgs: 1_200_000 });
      expect(res.statusCode, res.body).toBe(200);
      expect(json<SaleEdit>(res)).toMatchObject({
        channel: 'export',
        result: 'updated',
        previous: { quantity: 20, revenueKgs: 1_000_000.55 },
        quantity: 25,
        revenueKgs: 1_200_000,
      });
      expect(await year2025()).toBeCloseTo(1_202_500.46, 2);
      expect((await lastEdit()).details).toEqual({
        before: { quantity: 20, revenueKgs: 1_000_000.55 },
        after: { quantity: 25, revenueKgs: 1_200_000 },
      });
    });

    it('the same values again are unchanged: nothing written, the data version kept', async () => {
      const before = await snapshot(api);
      const res = await putSale('P-01/export/2025-01', { quantity: 25, revenueKgs: 1_200_000.001 });
      expect(json<SaleEdit>(res)).toMatchObject({ result: 'unchanged', revenueKgs: 1_200_000 });
      const after = await snapshot(api);
      expect(after.sales).toEqual(before.sales);
      expect(after.version).toEqual(before.version);
      expect((await lastEdit()).counts).toMatchObject({ unchanged: 1 });
    });

    it('a negative value, a month that does not exist, an unknown channel or product is refused and changes nothing', async () => {
      const before = await snapshot(api);
      expect(expectProblem(await putSale('P-01/fair/2025-02', { quantity: -1, revenueKgs: 10 }), 400).detail).toContain(
        'quantity must be a number from 0 to',
      );
      expect(expectProblem(await putSale('P-01/fair/2025-13', { quantity: 1, revenueKgs: 10 }), 400).detail).toContain(
        'month is malformed: it must be a month as YYYY-MM',
      );
      expect(expectProblem(await putSale('P-01/bazaar/2025-02', { quantity: 1, revenueKgs: 10 }), 400).detail).toContain(
        '"bazaar" is not a sales channel',
      );
      expect(expectProblem(await putSale('P-99/fair/2025-02', { quantity: 1, revenueKgs: 10 }), 404).detail).toContain(
        'No product has the code "P-99"',
      );
      expect(expectProblem(await putSale('P-01/fair/2025-02', { quantity: 1 }), 400).detail).toContain('revenueKgs is required');
      expectProblem(await putSale('P-01/fair/2025-02', { quantity: 1, revenueKgs: 10 }, bearer(viewer)), 403);
      expectProblem(await putSale('P-01/fair/2025-02', { quantity: 1, revenueKgs: 10 }, {}), 401);
      expect(await snapshot(api)).toEqual(before);
    });
  });
});
