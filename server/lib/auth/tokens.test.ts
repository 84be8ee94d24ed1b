import { describe, expect, it } from 'vitest';
import { bearerToken, hashToken, newToken, sameHash, tokenKind } from './tokens.ts';

describe('tokens', () => {
  it('a new token carries its kind in its prefix and 32 random bytes, and its hash is its SHA-256', () => {
    const session = newToken('session');
    const api = newToken('api_token');
    expect(session.token).toMatch(/^atlas_s_[A-Za-z0-9_-]{43}$/);
    expect(api.token).toMatch(/^atlas_t_[A-Za-z0-9_-]{43}$/);
    expect(session.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(session.hash).toBe(hashToken(session.token));
    expect(newToken('session').token).not.toBe(session.token);
  });

  it('the kind is read from a well-formed token only', () => {
    expect(tokenKind(newToken('session').token)).toBe('session');
    expect(tokenKind(newToken('api_token').token)).toBe('api_token');
    expect(tokenKind('atlas_x_' + 'a'.repeat(43))).toBeNull();
    expect(tokenKind('atlas_s_short')).toBeNull();
    expect(tokenKind(`${newToken('session').token} `)).toBeNull();
  });

  it('hashes compare equal only when every character matches, whatever their lengths', () => {
    const h = hashToken('a');
    expect(sameHash(h, hashToken('a'))).toBe(true);
    expect(sameHash(h, hashToken('b'))).toBe(false);
    expect(sameHash(h, h.slice(0, 63))).toBe(false);
    expect(sameHash('', '')).toBe(true);
  });

  it('the token is taken from a Bearer header, in any case of the word, and from nothing else', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer   abc ')).toBe('abc');
    expect(bearerToken('Basic YWxhZGRpbjpvcGVuc2VzYW1l')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
