// GET /api/briefing.pdf without a browser: a bad query is a 400 that names the parameter (before any browser is
// started), and a server without Chromium says so with a 503 that points to the page's own print button. The PDF
// itself (one A4 page, its text, its file name) is checked in test/browser/briefing.test.ts, which needs Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

describe.each(testTargets())('GET /api/briefing.pdf on the $kind database', (target) => {
  const api = useApi(target);
  let noBrowser: FastifyInstance;
  beforeAll(async () => {
    // A CHROMIUM_PATH that does not exist is "no Chromium": the setting is never silently replaced by another browser.
    noBrowser = await buildTestApp(api.db, { CHROMIUM_PATH: '/nonexistent/chromium' });
  });
  afterAll(async () => {
    await noBrowser?.close();
  });

  const get = (app: FastifyInstance, query: string) => app.inject({ url: `/api/briefing.pdf?${query}` });

  it.each([
    ['region=KG-ZZ', /region.*KG-ZZ/],
    ['lang=xx', /lang.*ky, ru, en.*"xx"/],
    ['cur=EUR', /cur/],
    ['sel=site:NO-SUCH-SITE', /site.*NO-SUCH-SITE/],
    ['sel=planet:earth', /sel/],
    ['sel=area:drawn', /needs the area itself/],
    ['sel=area:drawn&area=72.9,40.9;73.1', /area/],
    ['from=2025-13', /from/],
    ['from=2025&to=2024', /from|to|period/i],
    ['map=far/away/here', /map/],
    ['r=1000', /r must be/],
    ['region=KG-J&sel=region:KG-O', /two different regions/],
  ])('answers %s with a 400 that says what is wrong', async (query, message) => {
    const res = await get(noBrowser, query);
    const body = expectProblem(res, 400);
    expect(body.detail).toMatch(message);
  });

  it('says with a 503 that the server cannot print PDFs, and what to do instead, when it has no Chromium', async () => {
    const body = expectProblem(await get(noBrowser, 'region=KG-J&lang=ky'), 503);
    expect(body.detail).toMatch(/No Chromium/);
    expect(body.detail).toMatch(/Print \/ Save as PDF/);
  });

  it('starts listening with BRIEFING_WARM on and no Chromium, and answers 503 as without it', async () => {
    const warming = await buildTestApp(api.db, { CHROMIUM_PATH: '/nonexistent/chromium', BRIEFING_WARM: 'true' });
    try {
      await warming.listen({ host: '127.0.0.1', port: 0 });
      const body = expectProblem(await get(warming, 'region=KG-J&lang=ky'), 503);
      expect(body.detail).toMatch(/No Chromium/);
    } finally {
      await warming.close();
    }
  });

  it('checks the query before it looks for a browser: a bad query is a 400 even without Chromium', async () => {
    expectProblem(await get(noBrowser, 'region=KG-ZZ'), 400);
    // And the same route on an app that has a Chromium (if this machine has one) answers the same 400.
    expectProblem(await get(api.app, 'region=KG-ZZ'), 400);
  });

  it('is documented in the OpenAPI document as a PDF with its query parameters', async () => {
    const doc = JSON.parse((await api.app.inject({ url: '/docs/json' })).body) as {
      paths: Record<string, { get?: { parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    const op = doc.paths['/api/briefing.pdf']?.get;
    expect(op?.responses['200']?.content).toHaveProperty('application/pdf');
    expect(op?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['region', 'sel', 'area', 'from', 'to', 'lang', 'cur']));
  });
});
