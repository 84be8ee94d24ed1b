// Roles and sign-in names. Roles are ordered: each may do what the ones before it may (issue 6, item 7).
//   viewer  reads; anyone, signed in or not, is at least a viewer
//   editor  imports files and edits single records
//   admin   also manages users and API tokens
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** True when a user with `role` may do what `needed` may. */
export const roleAllows = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** The same pattern as the users table's CHECK (007_auth_audit.sql), applied to the lower-cased name. */
export const USER_NAME_PATTERN = '^[a-z0-9][a-z0-9._@-]{1,63}$';
const NAME_RE = new RegExp(USER_NAME_PATTERN);

/**
 * A sign-in name as stored: trimmed and lower-cased, so "Aida" and "aida " are one person. Null when it cannot be
 * one (the caller says why: see USER_NAME_RULE).
 */
export function normalizeUserName(name: string): string | null {
  const normalized = name.trim().toLowerCase();
  return NAME_RE.test(normalized) ? normalized : null;
}

export const USER_NAME_RULE =
  '2–64 characters: Latin letters, digits and . _ @ -, starting with a letter or digit (e.g. "aida.bekova")';
