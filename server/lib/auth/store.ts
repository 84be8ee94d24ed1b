// Users, sign-in sessions and API tokens in the database: the one copy of this logic, used by the server's routes
// (server/plugins/app/auth.ts, server/routes/{auth,users,tokens}) and the command line (scripts/user.ts). Every
// change writes its audit row in the same transaction.
import type pg from 'pg';
import { recordAudit } from '../audit.ts';
import { loadSql } from '../sql.ts';
import { hashPassword, passwordProblem, verifyNothing, verifyPassword } from './password.ts';
import { isRole, normalizeUserName, USER_NAME_RULE, type Role } from './roles.ts';
import { hashToken, newToken, sameHash, tokenKind, type TokenKind } from './tokens.ts';
import { withTransaction } from '../../db/transaction.ts';
import { RequestError } from './errors.ts';

export { RequestError };

const SQL = loadSql('auth', [
  'userByName',
  'listUsers',
  'insertUser',
  'lockUser',
  'otherActiveAdmins',
  'updateUser',
  'insertSession',
  'sessionByHash',
  'revokeSession',
  'revokeUserSessions',
  'purgeOldSessions',
  'insertToken',
  'tokenByHash',
  'touchToken',
  'listTokens',
  'revokeToken',
]);

/** Who makes a change, as the audit log records it. */
export interface Actor {
  name: string;
  role: Role | null;
}

export interface AuthUser {
  id: number;
  name: string;
  role: Role;
}

export interface Credential {
  kind: TokenKind;
  /** The session's or API token's id. */
  id: number;
  expiresAt: string;
}

export interface UserInfo {
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  /** The last sign-in with a password; null when there was none. */
  lastSignInAt: string | null;
}

export interface TokenInfo {
  id: number;
  name: string;
  user: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface NewUser {
  name: string;
  role: string;
  password: string;
}

export interface UserChange {
  role?: string | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

export type SignInResult =
  | { ok: true; token: string; expiresAt: string; user: AuthUser }
  | { ok: false; reason: 'wrong' | 'disabled' };

interface UserRow {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  created_at: Date;
}

interface TokenRow {
  id: number;
  name: string;
  user_name: string;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const userInfo = (r: UserRow, lastSignInAt: Date | null = null): UserInfo => ({
  name: r.name,
  role: r.role,
  disabled: r.disabled,
  createdAt: r.created_at.toISOString(),
  lastSignInAt: iso(lastSignInAt),
});

const tokenInfo = (r: TokenRow): TokenInfo => ({
  id: r.id,
  name: r.name,
  user: r.user_name,
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at.toISOString(),
  lastUsedAt: iso(r.last_used_at),
  revokedAt: iso(r.revoked_at),
});

function checkedName(name: string): string {
  const normalized = normalizeUserName(name);
  if (!normalized) throw new RequestError(400, `"${name}" cannot be a user name: use ${USER_NAME_RULE}.`);
  return normalized;
}

function checkedRole(role: string): Role {
  if (!isRole(role)) throw new RequestError(400, `"${role}" is not a role: use viewer, editor or admin.`);
  return role;
}

function checkedPassword(password: string, name: string): void {
  const problem = passwordProblem(password, name);
  if (problem) throw new RequestError(400, problem);
}

const noSuchUser = (name: string) =>
  new RequestError(404, `No user is named "${name}". GET /api/users (or npm run user -- list) lists them.`);

export function createAuthStore(pool: pg.Pool) {
  return {
    async listUsers(): Promise<UserInfo[]> {
      const { rows } = await pool.query<UserRow & { last_sign_in_at: Date | null }>(SQL.listUsers);
      return rows.map((r) => userInfo(r, r.last_sign_in_at));
    },

    async createUser(input: NewUser, actor: Actor): Promise<UserInfo> {
      const name = checkedName(input.name);
      const role = checkedRole(input.role);
      checkedPassword(input.password, name);
      // Hashing takes tens of milliseconds: done before the transaction, which holds the (embedded: only) client.
      const passwordHash = await hashPassword(input.password);
      return withTransaction(pool, async (client) => {
        const { rows } = await client.query<UserRow>(SQL.insertUser, [name, role, passwordHash]);
        const row = rows[0];
        if (!row) throw new RequestError(409, `A user named "${name}" exists already; change it with PATCH /api/users/${name}.`);
        await recordAudit(client, {
          actor: actor.name,
          actorRole: actor.role,
          action: 'user',
          recordKey: name,
          details: { change: 'created', user: name, role },
        });
        return userInfo(row);
      });
    },

    /** Changes a user's role, disabled flag or password. Disabling or a new password ends their sessions. */
    async updateUser(rawName: string, change: UserChange, actor: Actor): Promise<UserInfo> {
      const name = normalizeUserName(rawName) ?? rawName;
      const role = change.role === undefined ? undefined : checkedRole(change.role);
      if (change.password !== undefined) checkedPassword(change.password, name);
      if (role === undefined && change.disabled === undefined && change.password === undefined) {
        throw new RequestError(400, 'Nothing to change: send role, disabled or password.');
      }
      const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
      return withTransaction(pool, async (client) => {
        const before = (await client.query<UserRow>(SQL.lockUser, [name])).rows[0];
        if (!before) throw noSuchUser(rawName);
        const staysAdmin = (role ?? before.role) === 'admin' && !(change.disabled ?? before.disabled);
        if (before.role === 'admin' && !before.disabled && !staysAdmin) {
          const others = (await client.query<{ n: number }>(SQL.otherActiveAdmins, [before.id])).rows[0]!.n;
          if (others === 0) {
            throw new RequestError(
              409,
              `"${name}" is the only active admin: make another user admin first, or nobody could manage users and tokens.`,
            );
          }
        }
        const after = (await client.query<UserRow>(SQL.updateUser, [before.id, role ?? null, change.disabled ?? null, passwordHash]))
          .rows[0]!;
        const changes: Record<string, unknown> = {};
        if (after.role !== before.role) changes.role = { from: before.role, to: after.role };
        if (after.disabled !== before.disabled) changes.disabled = { from: before.disabled, to: after.disabled };
        if (passwordHash) changes.password = 'changed';
        if ((after.disabled && !before.disabled) || passwordHash) {
          const ended = await client.query(SQL.revokeUserSessions, [before.id]);
          changes.sessionsEnded = ended.rowCount ?? 0;
        }
        await recordAudit(client, {
          actor: actor.name,
          actorRole: actor.role,
          action: 'user',
          recordKey: name,
          details: { change: 'updated', user: name, ...changes },
        });
        return userInfo(after);
      });
    },

    /**
     * Checks a name and password and, when they match an enabled user, starts a session of `ttlHours`.
     * Every attempt is audited; the caller answers wrong name and wrong password alike.
     */
    async signIn(rawName: string, password: string, ttlHours: number): Promise<SignInResult> {
      const name = normalizeUserName(rawName);
      const row = name ? (await pool.query<UserRow & { password_hash: string }>(SQL.userByName, [name])).rows[0] : undefined;
      const matches = row ? await verifyPassword(row.password_hash, password) : await verifyNothing(password);
      const refuse = async (reason: 'unknown name' | 'wrong password' | 'disabled') => {
        await recordAudit(pool, {
          actor: (name ?? rawName.trim()).slice(0, 64),
          action: 'login',
          details: { outcome: 'refused', reason },
        });
        return { ok: false as const, reason: reason === 'disabled' ? ('disabled' as const) : ('wrong' as const) };
      };
      if (!row) return refuse('unknown name');
      if (!matches) return refuse('wrong password');
      if (row.disabled) return refuse('disabled');
      const { token, hash } = newToken('session');
      return withTransaction(pool, async (client) => {
        await client.query(SQL.purgeOldSessions);
        const session = (await client.query<{ id: number; expires_at: Date }>(SQL.insertSession, [hash, row.id, ttlHours])).rows[0]!;
        await recordAudit(client, {
          actor: row.name,
          actorRole: row.role,
          action: 'login',
          details: { outcome: 'signed in', session: session.id, expiresAt: session.expires_at.toISOString() },
        });
        return {
          ok: true as const,
          token,
          expiresAt: session.expires_at.toISOString(),
          user: { id: row.id, name: row.name, role: row.role },
        };
      });
    },

    async signOut(credential: Credential, user: AuthUser): Promise<void> {
      await withTransaction(pool, async (client) => {
        const ended = await client.query(SQL.revokeSession, [credential.id]);
        if ((ended.rowCount ?? 0) > 0) {
          await recordAudit(client, { actor: user.name, actorRole: user.role, action: 'logout', details: { session: credential.id } });
        }
      });
    },

    /** The user and credential behind a session or API token; null when it is unknown, expired, revoked or its user disabled. */
    async resolveToken(token: string): Promise<{ user: AuthUser; credential: Credential } | null> {
      const kind = tokenKind(token);
      if (!kind) return null;
      const hash = hashToken(token);
      const { rows } = await pool.query<{
        credential_id: number;
        token_hash: string;
        expires_at: Date;
        user_id: number;
        name: string;
        role: Role;
      }>(kind === 'session' ? SQL.sessionByHash : SQL.tokenByHash, [hash]);
      const row = rows[0];
      if (!row || !sameHash(row.token_hash, hash)) return null;
      if (kind === 'api_token') await pool.query(SQL.touchToken, [row.credential_id]);
      return {
        user: { id: row.user_id, name: row.name, role: row.role },
        credential: { kind, id: row.credential_id, expiresAt: row.expires_at.toISOString() },
      };
    },

    async listTokens(userName?: string): Promise<TokenInfo[]> {
      const name = userName === undefined ? null : (normalizeUserName(userName) ?? userName);
      const { rows } = await pool.query<TokenRow>(SQL.listTokens, [name]);
      return rows.map(tokenInfo);
    },

    /** A new API token for a user, valid `days`; the token is in the result and nowhere else. */
    async createToken(
      input: { user: string; name: string; days: number },
      actor: Actor,
    ): Promise<TokenInfo & { token: string }> {
      const userName = normalizeUserName(input.user) ?? input.user;
      const label = input.name.trim();
      if (label.length < 1 || label.length > 100) {
        throw new RequestError(400, 'A token needs a name of 1–100 characters saying what it is for, e.g. "nightly sales import".');
      }
      const { token, hash } = newToken('api_token');
      return withTransaction(pool, async (client) => {
        const owner = (await client.query<UserRow>(SQL.lockUser, [userName])).rows[0];
        if (!owner) throw noSuchUser(input.user);
        if (owner.disabled) throw new RequestError(409, `"${owner.name}" is disabled; enable the user before giving them a token.`);
        const row = (await client.query<{ id: number; name: string; created_at: Date; expires_at: Date }>(SQL.insertToken, [
          label,
          hash,
          owner.id,
          input.days,
        ])).rows[0]!;
        await recordAudit(client, {
          actor: actor.name,
          actorRole: actor.role,
          action: 'token',
          recordKey: `token ${row.id}`,
          details: { change: 'created', token: row.id, name: label, user: owner.name, expiresAt: row.expires_at.toISOString() },
        });
        return {
          ...tokenInfo({ ...row, user_name: owner.name, last_used_at: null, revoked_at: null }),
          token,
        };
      });
    },

    /** Revokes an API token (again: no change, no error); 404 when there is no token with that id. */
    async revokeToken(id: number, actor: Actor): Promise<TokenInfo> {
      return withTransaction(pool, async (client) => {
        const row = (await client.query<TokenRow & { newly_revoked: boolean }>(SQL.revokeToken, [id])).rows[0];
        if (!row) throw new RequestError(404, `No API token has the id ${id}. GET /api/tokens lists them.`);
        if (row.newly_revoked) {
          await recordAudit(client, {
            actor: actor.name,
            actorRole: actor.role,
            action: 'token',
            recordKey: `token ${row.id}`,
            details: { change: 'revoked', token: row.id, name: row.name, user: row.user_name },
          });
        }
        return tokenInfo(row);
      });
    },
  };
}
export type AuthStore = ReturnType<typeof createAuthStore>;
