// Session and API tokens: 32 random bytes (256 bits) in base64url behind a prefix that says which kind it is
// (and lets secret scanners recognise a leaked one). Only the SHA-256 of a token is stored; a stolen copy of the
// database therefore holds no usable token. SHA-256 without salt or stretching is enough here, unlike for
// passwords: the secret is random and long, so there is no dictionary to try.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type TokenKind = 'session' | 'api_token';

const PREFIX: Record<TokenKind, string> = { session: 'atlas_s_', api_token: 'atlas_t_' };
const TOKEN_RE = /^atlas_([st])_([A-Za-z0-9_-]{43})$/;

export interface NewToken {
  /** Handed to the person once; never stored. */
  token: string;
  /** What is stored: hex SHA-256 of the token. */
  hash: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export function newToken(kind: TokenKind): NewToken {
  const token = PREFIX[kind] + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** The kind of a well-formed token, or null for anything else (which is then not looked up at all). */
export function tokenKind(token: string): TokenKind | null {
  const match = TOKEN_RE.exec(token);
  if (!match) return null;
  return match[1] === 's' ? 'session' : 'api_token';
}

/**
 * Constant-time comparison of two hex hashes. The row is found by its hash through an index, whose timing can
 * only reveal hashes of guesses, which are worthless; comparing again here without an early exit means the
 * decision itself never depends on how many leading characters matched.
 */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token in an `Authorization: Bearer <token>` header; null when there is no such header. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1]! : null;
}
