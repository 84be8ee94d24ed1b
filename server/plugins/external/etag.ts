// Conditional GETs for the API's JSON and GeoJSON: a strong ETag (hash of the body) on every 200 answer, 304 Not
// Modified when the client's If-None-Match matches, and `Cache-Control: no-cache` so browsers and proxies keep the
// answer but ask again each time (data changes on import; a revalidation costs the query, not the transfer).
//
// Why a hook of our own rather than @fastify/etag: that plugin tags every string answer, problem+json errors and
// TileJSON included; here only successful JSON of the API is tagged, and /tiles (which sets its own ETag and
// caching) and static files (@fastify/static tags them) are left alone.
//
// With compression: this hook runs before @fastify/compress's (a route-level onSend added by compress runs after
// the instance's hooks), so the ETag is the hash of the uncompressed body and a gzip/brotli answer carries the same
// tag. If-None-Match uses the weak comparison (RFC 9110 §13.1.3), so revalidation answers 304 whatever encoding
// the client stored; the strong comparison (If-Range) never meets a compressed answer, as compress does not encode
// ranges. A 304 has no body, so compress leaves it alone.
import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';

/** JSON media types this hook tags: application/json, application/geo+json, …+json; never problem+json. */
const TAGGED_TYPE = /^application\/(?:[\w.-]+\+)?json\b/i;
const PROBLEM_TYPE = /^application\/problem\+json\b/i;
/** Paths whose caching belongs to someone else. */
const UNTAGGED_PATH = /^\/tiles(?:\/|\.|$)/;

export const API_CACHE_CONTROL = 'no-cache';

/** A strong entity tag for a body: quoted, base64url of its SHA-1 (27 characters). */
export function entityTag(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header value matches the tag (weak comparison; `*` matches any). */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || opaque(tag) === wanted;
  });
}

export default fp(async (app) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload; // streams: static files
    const type = String(reply.getHeader('content-type') ?? '');
    if (!TAGGED_TYPE.test(type) || PROBLEM_TYPE.test(type)) return payload;
    const path = request.url.split('?')[0] ?? '';
    if (UNTAGGED_PATH.test(path)) return payload;

    const existing = reply.getHeader('etag');
    const etag = typeof existing === 'string' ? existing : entityTag(payload);
    reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', API_CACHE_CONTROL);

    if (ifNoneMatchMatches(request.headers['if-none-match'], etag)) {
      reply.code(304);
      // A 304 carries the validators and caching headers but no body or body-describing headers.
      reply.removeHeader('content-length');
      reply.removeHeader('content-type');
      return '';
    }
    return payload;
  });
}, { name: 'etag' });
