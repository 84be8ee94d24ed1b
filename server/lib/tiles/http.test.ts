import { describe, expect, it } from 'vitest';
import { acceptsGzip, ifNoneMatchHits, tileEtags } from './http.ts';

describe('tile ETags', () => {
  const bytes = new Uint8Array([1, 2, 3]);

  it('are strong, quoted, and name the bytes (and the encoding when one is given)', () => {
    const tags = tileEtags(bytes);
    expect(tags.identity).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(tags.identity).toBe(tileEtags(new Uint8Array([1, 2, 3])).identity);
    expect(tags.identity).not.toBe(tileEtags(new Uint8Array([1, 2, 4])).identity);
    expect(tags.gzip).toBe(tags.identity.replace(/"$/, '-gzip"'));
  });

  it('match If-None-Match lists, weak-prefixed tags and *', () => {
    const tag = tileEtags(bytes).identity;
    expect(ifNoneMatchHits(undefined, [tag])).toBe(false);
    expect(ifNoneMatchHits(tag, [tag])).toBe(true);
    expect(ifNoneMatchHits(`"a", W/${tag}`, [tag])).toBe(true);
    expect(ifNoneMatchHits('*', [tag])).toBe(true);
    expect(ifNoneMatchHits('"a", "b"', [tag])).toBe(false);
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding, honouring q=0 and *', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*;q=0, br')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
  });
});
