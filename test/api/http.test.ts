// HTTP behaviour around the data: conditional GETs (ETag / If-None-Match → 304) with `Cache-Control: no-cache`,
// the same validators through compression, and CORS for the configured origins only.
import { gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import compress from '../../server/plugins/external/compress.ts';
import etag, { entityTag, ifNoneMatchMatches } from '../../server/plugins/external/etag.ts';
import { buildTestApp, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const STRONG_ETAG = /^"[A-Za-z0-9_-]{27}"$/;
const ALLOWED = 'https://atlas.example.org';
const OTHER = 'https://elsewhere.example.com';

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  const get = (url: string, headers: Record<string, string> = {}) => api.app.inject({ method: 'GET', url, headers });

  describe('conditional requests', () => {
    it('a summary comes with a strong ETag and Cache-Control: no-cache', async () => {
      const res = await get('/api/summary');
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toMatch(STRONG_ETAG);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.etag).toBe(entityTag(res.body));
    });

    it('asking again with If-None-Match answers 304 with no body and the same validators', async () => {
      const first = await get('/api/summary?year=2024');
      const tag = String(first.headers.etag);
      const again = await get('/api/summary?year=2024', { 'if-none-match': tag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(tag);
      expect(again.headers['cache-control']).toBe('no-cache');
      expect(again.headers['content-type']).toBeUndefined();
    });

    it('each filtered view has its own tag, and a stale tag gets the full answer', async () => {
      const all = await get('/api/summary');
      const year = await get('/api/summary?year=2024');
      expect(year.headers.etag).not.toBe(all.headers.etag);
      const res = await get('/api/summary?year=2024', { 'if-none-match': String(all.headers.etag) });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(year.body);
    });

    it('GeoJSON features are tagged too, and a weak or listed tag from a cache still matches', async () => {
      const sites = await get('/api/sites');
      expect(sites.headers['content-type']).toMatch(/^application\/geo\+json/);
      const tag = String(sites.headers.etag);
      expect(tag).toMatch(STRONG_ETAG);
      expect((await get('/api/sites', { 'if-none-match': `W/${tag}` })).statusCode).toBe(304);
      expect((await get('/api/sites', { 'if-none-match': `"other", ${tag}` })).statusCode).toBe(304);
      expect((await get('/api/villages', { 'if-none-match': tag })).statusCode).toBe(200);
    });

    it('HEAD answers with the same ETag and also honours If-None-Match', async () => {
      const full = await get('/api/summary');
      const head = await api.app.inject({ method: 'HEAD', url: '/api/summary' });
      expect(head.statusCode).toBe(200);
      expect(head.headers.etag).toBe(full.headers.etag);
      const cond = await api.app.inject({ method: 'HEAD', url: '/api/summary', headers: { 'if-none-match': String(full.headers.etag) } });
      expect(cond.statusCode).toBe(304);
    });

    it('when the data changes (an import), the tag changes and the old one no longer matches', async () => {
      const before = await get('/api/summary');
      // An import changes the data and then empties the server's answer cache; this does both by hand.
      const bump = async (delta: number) => {
        const result = await api.db.pool.query(
          'UPDATE sales SET revenue_kgs = revenue_kgs + $1 WHERE month = (SELECT min(month) FROM sales)',
          [delta],
        );
        api.app.queryCache.clear();
        return result;
      };
      expect((await bump(1)).rowCount).toBeGreaterThan(0);
      try {
        const after = await get('/api/summary', { 'if-none-match': String(before.headers.etag) });
        expect(after.statusCode).toBe(200);
        expect(after.headers.etag).not.toBe(before.headers.etag);
      } finally {
        await bump(-1);
      }
      expect((await get('/api/summary', { 'if-none-match': String(before.headers.etag) })).statusCode).toBe(304);
    });

    it('errors are never tagged or cached: a 400 and a 404 stay problem+json without ETag', async () => {
      const bad = await get('/api/summary?year=1066');
      expectProblem(bad, 400);
      expect(bad.headers.etag).toBeUndefined();
      const missing = await get('/api/sites/NO-SUCH-SITE');
      expectProblem(missing, 404);
      expect(missing.headers.etag).toBeUndefined();
      expect(missing.headers['cache-control']).toBeUndefined();
    });
  });

  describe('with compression', () => {
    it('a gzip answer carries the ETag of the uncompressed body, and revalidates to 304', async () => {
      const plain = await get('/api/sites');
      const zipped = await api.app.inject({ method: 'GET', url: '/api/sites', headers: { 'accept-encoding': 'gzip' } });
      expect(zipped.statusCode).toBe(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(String(zipped.headers.vary)).toMatch(/accept-encoding/i);
      expect(zipped.headers.etag).toBe(plain.headers.etag);
      expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);

      const revalidated = await api.app.inject({
        method: 'GET',
        url: '/api/sites',
        headers: { 'accept-encoding': 'gzip', 'if-none-match': String(zipped.headers.etag) },
      });
      expect(revalidated.statusCode).toBe(304);
      expect(revalidated.rawPayload.length).toBe(0);
      expect(revalidated.headers['content-encoding']).toBeUndefined();
      expect(revalidated.headers.etag).toBe(plain.headers.etag);
    });

    it('an answer too small to compress is tagged the same way', async () => {
      const res = await api.app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.etag).toBe(entityTag(res.body));
    });
  });

  describe('CORS', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildTestApp(api.db, { CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('an allowed origin gets Access-Control-Allow-Origin for itself, and caches vary by Origin', async () => {
      const res = await app.inject({ url: '/api/summary', headers: { origin: ALLOWED } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(String(res.headers.vary)).toMatch(/origin/i);
    });

    it('another origin gets the data but no Access-Control-Allow-Origin, so its browser withholds it', async () => {
      const res = await app.inject({ url: '/api/summary', headers: { origin: OTHER } });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('a preflight from an allowed origin is answered with the allowed methods', async () => {
      const res = await app.inject({
        method: 'OPTIONS',
        url: '/api/sites?hazard=flood',
        headers: { origin: ALLOWED, 'access-control-request-method': 'GET' },
      });
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(String(res.headers['access-control-allow-methods'])).toMatch(/\bGET\b/);
    });

    it('a preflight from another origin is not allowed', async () => {
      const res = await app.inject({
        method: 'OPTIONS',
        url: '/api/sites',
        headers: { origin: OTHER, 'access-control-request-method': 'GET' },
      });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('the default settings allow the Vite dev server only', async () => {
      const dev = await api.app.inject({ url: '/api/health', headers: { origin: 'http://localhost:5173' } });
      expect(dev.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      const other = await api.app.inject({ url: '/api/health', headers: { origin: OTHER } });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('CORS_ORIGINS=* allows any origin', async () => {
      const open = await buildTestApp(api.db, { CORS_ORIGINS: '*' });
      try {
        const res = await open.inject({ url: '/api/health', headers: { origin: OTHER } });
        expect(res.headers['access-control-allow-origin']).toMatch(/^(\*|https:\/\/elsewhere\.example\.com)$/);
      } finally {
        await open.close();
      }
    });
  });
});

// The hook alone, on routes the app does not have yet or owns elsewhere (tiles set their own caching).
describe('the etag hook', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    await app.register(compress);
    await app.register(etag);
    app.get('/tiles/villages.json', async (_request, reply) => reply.type('application/json').send({ tilejson: '3.0.0' }));
    app.get('/tiles/villages/1/2/3.mvt', async (_request, reply) =>
      reply.type('application/vnd.mapbox-vector-tile').header('etag', '"tile"').send(Buffer.from([1, 2, 3])));
    app.get('/api/export.csv', async (_request, reply) => reply.type('text/csv').send('a,b\n1,2\n'));
    app.get('/ogc/collections', async () => ({ collections: [] }));
    app.get('/api/tagged', async (_request, reply) => reply.header('etag', '"set-by-route"').send({ ok: true }));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('leaves /tiles alone: no ETag or Cache-Control added to TileJSON, a tile keeps its own', async () => {
    const tilejson = await app.inject({ url: '/tiles/villages.json' });
    expect(tilejson.headers.etag).toBeUndefined();
    expect(tilejson.headers['cache-control']).toBeUndefined();
    const tile = await app.inject({ url: '/tiles/villages/1/2/3.mvt', headers: { 'if-none-match': '"tile"' } });
    expect(tile.statusCode).toBe(200);
    expect(tile.headers.etag).toBe('"tile"');
  });

  it('tags any JSON GET (the OGC API too) but not CSV', async () => {
    expect((await app.inject({ url: '/ogc/collections' })).headers.etag).toMatch(STRONG_ETAG);
    expect((await app.inject({ url: '/api/export.csv' })).headers.etag).toBeUndefined();
  });

  it('keeps an ETag a route set itself and answers 304 for it', async () => {
    const res = await app.inject({ url: '/api/tagged', headers: { 'if-none-match': '"set-by-route"' } });
    expect(res.statusCode).toBe(304);
    expect(res.headers.etag).toBe('"set-by-route"');
  });

  it('matches If-None-Match by weak comparison, in lists, and *', () => {
    expect(ifNoneMatchMatches('"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('"x", W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('*', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('"ab"', '"a"')).toBe(false);
    expect(ifNoneMatchMatches(undefined, '"a"')).toBe(false);
    expect(ifNoneMatchMatches('', '"a"')).toBe(false);
  });
});
