// HTTP details of tile answers: strong ETags, If-None-Match, and gzip negotiation.
import { createHash } from 'node:crypto';

/**
 * Strong ETags naming these exact bytes, sent as they are and gzipped: one hash, and a "-gzip" suffix that tells
 * the two encodings of one tile apart (as Apache does).
 */
export function tileEtags(bytes: Uint8Array): { identity: string; gzip: string } {
  const hash = createHash('sha1').update(bytes).digest('base64url');
  return { identity: `"${hash}"`, gzip: `"${hash}-gzip"` };
}

/**
 * True when an If-None-Match header matches one of `etags` (RFC 9110 §13.1.2: weak comparison, so a W/ prefix
 * added by a proxy still matches; "*" matches any current representation).
 */
export function ifNoneMatchHits(header: string | string[] | undefined, etags: readonly string[]): boolean {
  if (header === undefined) return false;
  const values = (Array.isArray(header) ? header.join(',') : header).split(',').map((v) => v.trim()).filter(Boolean);
  return values.some((v) => v === '*' || etags.includes(v.replace(/^W\//, '')));
}

/** Whether Accept-Encoding allows gzip (listed, or "*", without q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const entries = (Array.isArray(header) ? header.join(',') : header).split(',');
  let star = false;
  for (const entry of entries) {
    const [name = '', ...params] = entry.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const refused = q !== undefined && Number(q.slice(2)) === 0;
    if (name.trim() === 'gzip') return !refused;
    if (name.trim() === '*') star = !refused;
  }
  return star;
}
