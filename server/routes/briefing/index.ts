// GET /api/briefing.pdf: the briefing page (web/briefing.html) of a view, printed to one A4 landscape PDF by the
// system's Chromium (server/lib/briefing/renderer.ts). The page is loaded from this server over loopback with the
// same query, plus `link`, the public address the reader is sent back to.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { findChromium } from '../../lib/briefing/chromium.ts';
import { briefingFilename } from '../../lib/briefing/filename.ts';
import { BriefingQuerySchema, briefingQueryError, scopeOf } from '../../lib/briefing/query.ts';
import { BriefingRenderError, createRenderer, type RenderFailure } from '../../lib/briefing/renderer.ts';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, problem } from '../../lib/problem.ts';
import { resolveScope } from '../../lib/scope.ts';
import { ProblemSchema } from '../../schemas/api.ts';
import { problemResponses } from '../problems.ts';

const STATUS: Record<RenderFailure, { code: 503 | 504; title: string }> = {
  'no-browser': { code: 503, title: 'PDF printing unavailable' },
  busy: { code: 503, title: 'PDF printing busy' },
  page: { code: 503, title: 'Briefing could not be prepared' },
  timeout: { code: 504, title: 'Briefing took too long' },
};
const PRINT_INSTEAD = ' Open the briefing page (/briefing.html with the same query) and use its "Print / Save as PDF" button instead.';

/** The address this server listens on, as a loopback URL Chromium on the same machine can open; null before listen(). */
function loopbackBase(address: string | AddressInfo | null): string | null {
  if (address === null || typeof address === 'string') return null;
  const host = address.family === 'IPv6' ? (address.address === '::' ? '[::1]' : `[${address.address}]`) : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
  return `http://${host}:${address.port}`;
}

function unavailable(reply: FastifyReply, request: FastifyRequest, reason: RenderFailure, detail: string) {
  const { code, title } = STATUS[reason];
  if (reason === 'busy') reply.header('retry-after', '10');
  return reply.code(code).type(PROBLEM_CONTENT_TYPE).send(problem(code, title, detail, PROBLEM_TYPES.serverError, request.url));
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const executablePath = findChromium(app.config.chromiumPath);
  if (!executablePath) {
    app.log.info(`No Chromium found${app.config.chromiumPath ? ` at CHROMIUM_PATH=${app.config.chromiumPath}` : ''}: GET /api/briefing.pdf answers 503`);
  }
  const renderer = createRenderer({
    executablePath,
    concurrency: app.config.briefingConcurrency,
    timeoutMs: app.config.briefingTimeoutMs,
  });
  app.addHook('onClose', async () => renderer.close());
  const pagePath = path.join(app.config.webDistDir, 'briefing.html');

  // Chromium's start and the briefing page's first load happen now rather than in the first request (BRIEFING_WARM).
  // Not awaited: the server answers meanwhile, and a briefing asked for during the warm-up waits for its page.
  if (app.config.briefingWarm && renderer.available) {
    app.addHook('onListen', async () => {
      const base = loopbackBase(app.server.address());
      if (!base || !existsSync(pagePath)) return;
      const started = Date.now();
      void renderer.warm(`${base}/briefing.html?lang=ky`).then((error) => {
        if (error) app.log.warn({ err: error }, 'The briefing renderer could not be prepared; the first briefing PDF will try again');
        else app.log.info(`Briefing renderer ready in ${Date.now() - started} ms (Chromium started, one briefing page loaded)`);
      });
    });
  }

  app.get('/api/briefing.pdf', {
    compress: false,
    schema: {
      tags: ['briefing'],
      summary: 'A one-page A4 landscape briefing of a view, as PDF',
      description:
        'Takes the atlas\'s own address parameters (region, rayon, hazard, status, category, channel, from, to, sel, ' +
        'area, map, layers, r, cur, lang) and prints the briefing page of that view: title and date, map with legend ' +
        'and scale, key figures, charts, sources and data date, and a link and QR code back to the live view. Named ' +
        'resiland-briefing-<region or site>-<lang>-<date>.pdf. 503 when the server has no Chromium (the briefing page ' +
        'can then be printed from the browser), 504 when the page is not ready in time.',
      querystring: BriefingQuerySchema,
      response: {
        200: {
          description: 'The briefing, one A4 landscape page',
          content: { 'application/pdf': { schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) } },
        },
        ...problemResponses,
        504: ProblemSchema,
      },
    },
  }, async (request, reply) => {
    const q = request.query;
    const wrong = briefingQueryError(q);
    if (wrong) return reply.badRequest(wrong);
    // Unknown codes, a crossed-out area or a period the wrong way round: the 400 the key figures would give.
    await resolveScope(app, scopeOf(q));

    if (!renderer.available) {
      return unavailable(reply, request, 'no-browser', `No Chromium is installed on the server (set CHROMIUM_PATH), so it cannot print PDFs.${PRINT_INSTEAD}`);
    }
    if (!existsSync(pagePath)) {
      return unavailable(reply, request, 'no-browser', `The web app is not built on the server (npm run build:web), so there is no briefing page to print.${PRINT_INSTEAD}`);
    }
    const base = loopbackBase(app.server.address());
    if (!base) return unavailable(reply, request, 'no-browser', 'The server is not listening on a network address, so its browser cannot open the briefing page.');

    const lang = q.lang ?? 'en';
    const params = new URLSearchParams(request.url.split('?')[1] ?? '');
    params.set('lang', lang);
    params.set('link', `${request.protocol}://${request.host}`);
    try {
      const pdf = await renderer.render(`${base}/briefing.html?${params}`);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${briefingFilename(q, lang)}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    } catch (error) {
      if (!(error instanceof BriefingRenderError)) throw error;
      request.log.warn({ err: error }, 'briefing PDF failed');
      return unavailable(reply, request, error.reason, `${error.message}${error.reason === 'busy' ? ' Try again in a moment.' : PRINT_INSTEAD}`);
    }
  });
};
export default routes;
