// The built web app at / (with SPA fallback to index.html), the offline base map's GeoJSON at /basemap/, and the
// 404 for everything else as problem+json.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import type { Config } from '../../config.ts';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, problem } from '../../lib/problem.ts';

const NOT_SPA = /^\/(api|docs|basemap|tiles)(\/|$)/;

export default fp<{ config: Config }>(async (app, { config }) => {
  const hasWeb = existsSync(path.join(config.webDistDir, 'index.html'));
  const hasBasemap = existsSync(config.basemapDir);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: config.webDistDir, prefix: '/', wildcard: true });
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
