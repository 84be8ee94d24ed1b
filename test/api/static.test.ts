// The built web app as served: precompressed files (web/vite.config.ts writes .br and .gz beside each) sent as
// they are when the browser accepts them, hashed assets cacheable for good, index.html always revalidated.
// A small dist folder is written here, so the test does not depend on a build.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import compress from '../../server/plugins/external/compress.ts';
import staticFiles from '../../server/plugins/external/static.ts';
import type { Config } from '../../server/config.ts';

const JS = `export const atlas = ${JSON.stringify('x'.repeat(4000))};\n`;
let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>atlas</title>');
  const asset = path.join(dir, 'assets', 'main-AbC_12-x.js');
  writeFileSync(asset, JS);
  writeFileSync(`${asset}.gz`, gzipSync(JS));
  writeFileSync(`${asset}.br`, brotliCompressSync(JS));
  app = Fastify();
  await app.register(compress);
  await app.register(staticFiles, { config: { webDistDir: dir, basemapDir: path.join(dir, 'no-basemap') } as Config });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, encoding: string) => app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });

describe('the built web app', () => {
  it('sends the precompressed Brotli file to a browser that accepts br', async () => {
    const res = await get('/assets/main-AbC_12-x.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(JS);
  });

  it('sends the gzip file to a browser that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gz = await get('/assets/main-AbC_12-x.js', 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(JS);
    const plain = await get('/assets/main-AbC_12-x.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(JS);
  });

  it('lets a browser keep hashed assets for good, but not index.html', async () => {
    const asset = await get('/assets/main-AbC_12-x.js', 'gzip');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/', 'gzip');
    expect(page.statusCode).toBe(200);
    expect(String(page.headers['cache-control'])).not.toContain('immutable');
  });

  it('answers an unknown page path with index.html (the atlas routes in the browser) and an unknown API path with a 404 problem', async () => {
    const page = await get('/some/view', 'identity');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>atlas</title>');
    const api = await get('/api/nothing-here', 'identity');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });
});
