// The built web app at / (with SPA fallback to index.html), the offline base map's GeoJSON at /basemap/, and the
// 404 for everything else as problem+json.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import type { Config } from '../../config.ts';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, problem } from '../../lib/problem.ts';

const NOT_SPA = /^\/(api|docs|basemap|tiles)(\/|$)/;
// Vite names built files name-<hash>.ext under assets/ (+ .br / .gz when precompressed).
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.[\w.]+$/;

export default fp<{ config: Config }>(async (app, { config }) => {
  const hasWeb = existsSync(path.join(config.webDistDir, 'index.html'));
  const hasBasemap = existsSync(config.basemapDir);
  if (hasWeb) {
    // The build writes .br and .gz beside each file (web/vite.config.ts precompress): sent as they are, so MapLibre's
    // megabyte is not compressed again on every request (and @fastify/compress leaves an encoded answer alone).
    // Files under assets/ carry a content hash in their name: a browser may keep them for good. index.html may not.
    await app.register(fastifyStatic, {
      root: config.webDistDir,
      prefix: '/',
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.info(`No built web app in ${config.webDistDir} (npm run build:web); serving the API only`);
  }
  if (hasBasemap) {
    await app.register(fastifyStatic, {
      root: config.basemapDir,
      prefix: '/basemap/',
      decorateReply: !hasWeb,
      maxAge: '1h',
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const pathOnly = request.url.split('?')[0] ?? '/';
    const wantsPage = request.method === 'GET' || request.method === 'HEAD';
    if (hasWeb && wantsPage && !NOT_SPA.test(pathOnly)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html', config.webDistDir);
    }
    return reply
      .code(404)
      .type(PROBLEM_CONTENT_TYPE)
      .send(
        problem(
          404,
          'Not found',
          `Nothing here: ${request.method} ${pathOnly} is not a route of this API. The routes are listed at /docs.`,
          PROBLEM_TYPES.notFound,
          request.url,
        ),
      );
  });
}, { name: 'static' });
