// Roles, sign-in, users, API tokens and the audit log (issue 6, items 7 and 8), on each test database.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import type { AuditPageSchema, LoginResultSchema, MeSchema, TokenListSchema, UserListSchema } from '../../server/schemas/auth.ts';
import { createAuthStore } from '../../server/lib/auth/store.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { json, useApi, type ApiContext } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

type Login = Static<typeof LoginResultSchema>;
type Me = Static<typeof MeSchema>;
type AuditPage = Static<typeof AuditPageSchema>;

const PASSWORDS = { admin: 'admin passphrase 1', editor: 'editor passphrase 2', viewer: 'viewer passphrase 3' } as const;
const CLI = { name: 'cli:test', role: null };

async function login(api: ApiContext, name: string, password: string): Promise<string> {
  const res = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password } });
  expect(res.statusCode, res.body).toBe(200);
  return json<Login>(res).token;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function audit(api: ApiContext, token: string, query = ''): Promise<AuditPage> {
  const res = await api.app.inject({ url: `/api/audit${query}`, headers: bearer(token) });
  expect(res.statusCode, res.body).toBe(200);
  return json<AuditPage>(res);
}

/** Runs `npm run user -- …` (scripts/user.ts) against a database, with `stdin` piped in. */
function runUserCli(args: string[], databaseUrl: string, stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'user.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  const tokens = { admin: '', editor: '', viewer: '' };

  beforeAll(async () => {
    const store = createAuthStore(api.db.pool);
    await store.createUser({ name: 'ada.admin', role: 'admin', password: PASSWORDS.admin }, CLI);
    await store.createUser({ name: 'eddie', role: 'editor', password: PASSWORDS.editor }, CLI);
    await store.createUser({ name: 'vera', role: 'viewer', password: PASSWORDS.viewer }, CLI);
    tokens.admin = await login(api, 'ada.admin', PASSWORDS.admin);
    tokens.editor = await login(api, 'eddie', PASSWORDS.editor);
    tokens.viewer = await login(api, 'vera', PASSWORDS.viewer);
  });

  describe('roles', () => {
    it('a write without a token is a 401 that says how to sign in, and adds nothing', async () => {
      const res = await api.app.inject({ method: 'POST', url: '/api/users', payload: { name: 'mallory', role: 'admin', password: 'x'.repeat(12) } });
      const problem = expectProblem(res, 401);
      expect(problem.detail).toContain('POST /api/auth/login');
      expect(problem.detail).toContain('admin role');
      expect(res.headers['www-authenticate']).toBe('Bearer realm="atlas"');
      const { rows } = await api.db.pool.query("SELECT 1 FROM users WHERE name = 'mallory'");
      expect(rows).toHaveLength(0);
    });

    it('a token that was never issued is a 401 that says so', async () => {
      const res = await api.app.inject({ url: '/api/users', headers: bearer(`atlas_s_${'A'.repeat(43)}`) });
      expect(expectProblem(res, 401).detail).toContain('not valid');
      expect(res.headers['www-authenticate']).toContain('invalid_token');
      expect(expectProblem(await api.app.inject({ url: '/api/users', headers: { authorization: 'Basic eDp5' } }), 401).detail).toContain(
        'Bearer <token>',
      );
    });

    it('a viewer and an editor are refused where an admin is needed, with a 403 naming their role', async () => {
      for (const [role, token] of [['viewer', tokens.viewer], ['editor', tokens.editor]] as const) {
        const res = await api.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: bearer(token),
          payload: { name: `made-by-${role}`, role: 'admin', password: 'long enough password' },
        });
        const problem = expectProblem(res, 403);
        expect(problem.detail).toBe(
          `Your role (${role}) cannot manage users and API tokens; that needs the admin role. Ask an administrator to change your role.`,
        );
        expect(expectProblem(await api.app.inject({ url: '/api/tokens', headers: bearer(token) }), 403).detail).toContain(`(${role})`);
      }
      const { rows } = await api.db.pool.query("SELECT 1 FROM users WHERE name LIKE 'made-by-%'");
      expect(rows).toHaveLength(0);
    });

    it('the role is checked before the body: an anonymous write with a bad body is still a 401', async () => {
      const res = await api.app.inject({ method: 'PATCH', url: '/api/users/eddie', payload: { role: 'emperor', colour: 'red' } });
      expectProblem(res, 401);
    });

    it('a body field the route does not know is a 400 naming it, not silently dropped', async () => {
      const res = await api.app.inject({
        method: 'PATCH',
        url: '/api/users/eddie',
        headers: bearer(tokens.admin),
        payload: { role: 'editor', email: 'eddie@example.org' },
      });
      expect(expectProblem(res, 400).detail).toBe('Body field email is not recognised; remove it (the fields are role, disabled, password).');
    });

    it('reading stays public: the read API answers without a token, and with a bad one', async () => {
      expect((await api.app.inject({ url: '/api/sites' })).statusCode).toBe(200);
      expect((await api.app.inject({ url: '/api/sites', headers: bearer('nonsense') })).statusCode).toBe(200);
    });
  });

  describe('sign-in', () => {
    it('answers a token, sets an HttpOnly SameSite=Strict cookie, and /api/auth/me knows the user', async () => {
      const res = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'Eddie', password: PASSWORDS.editor } });
      expect(res.statusCode).toBe(200);
      const body = json<Login>(res);
      expect(body.user).toEqual({ name: 'eddie', role: 'editor' });
      const hours = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(11.9);
      expect(hours).toBeLessThanOrEqual(12);
      expect(res.headers['cache-control']).toBe('no-store');
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toContain(`atlas_session=${body.token}`);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure when the request is https

      const byBearer = json<Me>(await api.app.inject({ url: '/api/auth/me', headers: bearer(body.token) }));
      expect(byBearer).toEqual({ user: { name: 'eddie', role: 'editor' }, role: 'editor', via: 'session', expiresAt: body.expiresAt });
      const byCookie = json<Me>(await api.app.inject({ url: '/api/auth/me', cookies: { atlas_session: body.token } }));
      expect(byCookie.user?.name).toBe('eddie');
      expect(json<Me>(await api.app.inject({ url: '/api/auth/me' }))).toEqual({ user: null, role: 'viewer', via: null, expiresAt: null });
    });

    it('only the hash of a session token is stored', async () => {
      const token = await login(api, 'vera', PASSWORDS.viewer);
      const { rows } = await api.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE token_hash = $1', [token]);
      expect(rows[0]!.n).toBe(0);
      const all = await api.db.pool.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
      expect(all.rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    });

    it('a wrong password and an unknown name get the same 401, and both are audited', async () => {
      const wrong = expectProblem(await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'vera', password: 'not her password' } }), 401);
      const unknown = expectProblem(await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'nobody', password: 'not her password' } }), 401);
      expect(unknown).toEqual(wrong);
      expect(wrong.detail).toContain('Wrong name or password');
      const logins = (await audit(api, tokens.admin, '?action=login&limit=2')).entries;
      expect(logins.map((e) => [e.actor, e.details.outcome, e.details.reason])).toEqual([
        ['nobody', 'refused', 'unknown name'],
        ['vera', 'refused', 'wrong password'],
      ]);
    });

    it('a body without a password is a 400 naming the field', async () => {
      const problem = expectProblem(await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'vera' } }), 400);
      expect(problem.detail).toContain('password');
    });

    it('after five wrong passwords the name is refused from that address with a 429 and Retry-After, even with the right password', async () => {
      await createUser(api, 'guessed', 'editor', 'the right password');
      for (let i = 0; i < 5; i++) {
        const res = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'guessed', password: `guess number ${i}` } });
        expect(res.statusCode).toBe(401);
      }
      const res = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'guessed', password: 'the right password' } });
      expect(expectProblem(res, 429).detail).toContain('try again in 15 minute(s)');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(800);
      const other = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'guessed', password: 'the right password' }, remoteAddress: '10.9.8.7' });
      expect(other.statusCode).toBe(200);
    });

    it('an expired session is refused and says to sign in again', async () => {
      const token = await login(api, 'vera', PASSWORDS.viewer);
      expect((await api.app.inject({ url: '/api/auth/me', headers: bearer(token) })).statusCode).toBe(200);
      await api.db.pool.query(
        "UPDATE sessions SET created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour' WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')",
        [token],
      );
      const problem = expectProblem(await api.app.inject({ url: '/api/auth/me', headers: bearer(token) }), 401);
      expect(problem.detail).toContain('expired');
      const viaCookie = await api.app.inject({ url: '/api/auth/me', cookies: { atlas_session: token } });
      expect(expectProblem(viaCookie, 401).detail).toContain('sign in again');
      expect(String(viaCookie.headers['set-cookie'])).toMatch(/atlas_session=;.*Expires=Thu, 01 Jan 1970/);
    });

    it('signing out ends the session: its token no longer works and the cookie is cleared', async () => {
      const token = await login(api, 'eddie', PASSWORDS.editor);
      const out = await api.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(token) });
      expect(out.statusCode).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(/atlas_session=;/);
      expect((await api.app.inject({ url: '/api/auth/me', headers: bearer(token) })).statusCode).toBe(401);
      expect((await api.app.inject({ url: '/api/audit', headers: bearer(token) })).statusCode).toBe(401);
      const last = (await audit(api, tokens.admin, '?action=logout&limit=1')).entries[0]!;
      expect(last.actor).toBe('eddie');
    });

    it('signing out without a session only clears the cookie', async () => {
      expect((await api.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    });

    it('a change made with the cookie needs the X-Atlas-Request header; with a Bearer token it does not', async () => {
      const cookies = { atlas_session: tokens.admin };
      const payload = { name: 'cookie token' };
      const refused = await api.app.inject({ method: 'POST', url: '/api/tokens', cookies, payload });
      expect(expectProblem(refused, 403).detail).toContain('X-Atlas-Request: 1');
      const before = await api.db.pool.query("SELECT 1 FROM api_tokens WHERE name = 'cookie token'");
      expect(before.rows).toHaveLength(0);
      const allowed = await api.app.inject({ method: 'POST', url: '/api/tokens', cookies, payload, headers: { 'x-atlas-request': '1' } });
      expect(allowed.statusCode).toBe(201);
      expect((await api.app.inject({ url: '/api/users', cookies })).statusCode).toBe(200); // reads need no header
    });
  });

  describe('users', () => {
    it('an admin adds a user, who can then sign in with the role given; the change is audited', async () => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: bearer(tokens.admin),
        payload: { name: 'Nurlan.K', role: 'editor', password: 'a long passphrase' },
      });
      expect(res.statusCode).toBe(201);
      expect(json<{ name: string; role: string }>(res)).toMatchObject({ name: 'nurlan.k', role: 'editor', disabled: false, lastSignInAt: null });
      const me = json<Me>(await api.app.inject({ url: '/api/auth/me', headers: bearer(await login(api, 'nurlan.k', 'a long passphrase')) }));
      expect(me.role).toBe('editor');
      const entry = (await audit(api, tokens.admin, '?action=user&limit=1')).entries[0]!;
      expect(entry).toMatchObject({ actor: 'ada.admin', actorRole: 'admin', recordKey: 'nurlan.k', details: { change: 'created', role: 'editor' } });
      const list = json<Static<typeof UserListSchema>>(await api.app.inject({ url: '/api/users', headers: bearer(tokens.admin) }));
      expect(list.users.find((u) => u.name === 'nurlan.k')?.lastSignInAt).toEqual(expect.any(String));
      expect(JSON.stringify(list)).not.toContain('argon2');
    });

    it('a taken name is a 409, a weak password and a bad name are 400s, and none adds a user', async () => {
      const post = (payload: object) => api.app.inject({ method: 'POST', url: '/api/users', headers: bearer(tokens.admin), payload });
      expect(expectProblem(await post({ name: 'EDDIE', role: 'viewer', password: 'a long passphrase' }), 409).detail).toContain('exists already');
      expect(expectProblem(await post({ name: 'shorty', role: 'viewer', password: 'short' }), 400).detail).toContain('at least 10');
      expect(expectProblem(await post({ name: 'has space', role: 'viewer', password: 'a long passphrase' }), 400).detail).toContain('Latin letters');
      expect(expectProblem(await post({ name: 'rooty', role: 'root', password: 'a long passphrase' }), 400).detail).toContain('viewer, editor, admin');
      const { rows } = await api.db.pool.query("SELECT name FROM users WHERE name IN ('shorty', 'has space', 'rooty')");
      expect(rows).toHaveLength(0);
    });

    it('disabling a user ends their sessions and stops their API tokens; enabling lets them sign in again', async () => {
      await createUser(api, 'temp.worker', 'editor', 'temporary passphrase');
      const session = await login(api, 'temp.worker', 'temporary passphrase');
      const apiToken = await createToken(api, tokens.admin, { name: 'temp script', user: 'temp.worker' });
      const patch = (payload: object) =>
        api.app.inject({ method: 'PATCH', url: '/api/users/temp.worker', headers: bearer(tokens.admin), payload });
      expect(json<{ disabled: boolean }>(await patch({ disabled: true })).disabled).toBe(true);
      expect((await api.app.inject({ url: '/api/auth/me', headers: bearer(session) })).statusCode).toBe(401);
      expect((await api.app.inject({ url: '/api/audit', headers: bearer(apiToken) })).statusCode).toBe(401);
      const refused = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'temp.worker', password: 'temporary passphrase' } });
      expect(expectProblem(refused, 403).detail).toContain('disabled');
      await patch({ disabled: false });
      expect(await login(api, 'temp.worker', 'temporary passphrase')).toMatch(/^atlas_s_/);
    });

    it('a new role applies to the next request, and a new password ends the old sessions', async () => {
      await createUser(api, 'promoted', 'viewer', 'first passphrase');
      const session = await login(api, 'promoted', 'first passphrase');
      expect((await api.app.inject({ url: '/api/audit', headers: bearer(session) })).statusCode).toBe(403);
      await api.app.inject({ method: 'PATCH', url: '/api/users/promoted', headers: bearer(tokens.admin), payload: { role: 'editor' } });
      expect((await api.app.inject({ url: '/api/audit', headers: bearer(session) })).statusCode).toBe(200);
      await api.app.inject({ method: 'PATCH', url: '/api/users/promoted', headers: bearer(tokens.admin), payload: { password: 'second passphrase' } });
      expect((await api.app.inject({ url: '/api/audit', headers: bearer(session) })).statusCode).toBe(401);
      expect(await login(api, 'promoted', 'second passphrase')).toMatch(/^atlas_s_/);
      const entry = (await audit(api, tokens.admin, '?action=user&limit=1')).entries[0]!;
      expect(entry.details).toMatchObject({ user: 'promoted', password: 'changed', sessionsEnded: 1 });
    });

    it('the last active admin cannot be demoted or disabled (409), and an unknown user is a 404', async () => {
      const patch = (name: string, payload: object) =>
        api.app.inject({ method: 'PATCH', url: `/api/users/${name}`, headers: bearer(tokens.admin), payload });
      expect(expectProblem(await patch('ada.admin', { role: 'editor' }), 409).detail).toContain('only active admin');
      expect(expectProblem(await patch('ada.admin', { disabled: true }), 409).detail).toContain('only active admin');
      expect(expectProblem(await patch('nobody', { role: 'editor' }), 404).detail).toContain('No user is named "nobody"');
      expect(expectProblem(await patch('eddie', {}), 400).detail).toEqual(expect.any(String));
      const { rows } = await api.db.pool.query<{ role: string; disabled: boolean }>("SELECT role, disabled FROM users WHERE name = 'ada.admin'");
      expect(rows[0]).toEqual({ role: 'admin', disabled: false });
    });
  });

  describe('API tokens', () => {
    it('a token is shown once, works as a Bearer token with its user’s role, and is listed without the secret', async () => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: bearer(tokens.admin),
        payload: { name: 'nightly sales import', user: 'eddie', expiresInDays: 30 },
      });
      expect(res.statusCode).toBe(201);
      const created = json<{ id: number; token: string; user: string; expiresAt: string }>(res);
      expect(created.token).toMatch(/^atlas_t_/);
      expect(created.user).toBe('eddie');
      expect((Date.parse(created.expiresAt) - Date.now()) / 86_400_000).toBeCloseTo(30, 1);
      const me = json<Me>(await api.app.inject({ url: '/api/auth/me', headers: bearer(created.token) }));
      expect(me).toMatchObject({ user: { name: 'eddie', role: 'editor' }, via: 'api_token' });
      const listed = json<Static<typeof TokenListSchema>>(await api.app.inject({ url: '/api/tokens?user=eddie', headers: bearer(tokens.admin) }));
      const row = listed.tokens.find((t) => t.id === created.id)!;
      expect(row).toMatchObject({ name: 'nightly sales import', user: 'eddie', revokedAt: null });
      expect(row.lastUsedAt).toEqual(expect.any(String));
      expect(JSON.stringify(listed)).not.toContain(created.token);
      expect(listed.tokens.every((t) => t.user === 'eddie')).toBe(true);
    });

    it('a revoked token stops working at once; revoking again changes nothing; an unknown id is a 404', async () => {
      const token = await createToken(api, tokens.admin, { name: 'to revoke' });
      const id = json<Static<typeof TokenListSchema>>(await api.app.inject({ url: '/api/tokens', headers: bearer(tokens.admin) })).tokens.find(
        (t) => t.name === 'to revoke',
      )!.id;
      expect((await api.app.inject({ url: '/api/users', headers: bearer(token) })).statusCode).toBe(200);
      const revoked = await api.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: bearer(tokens.admin) });
      expect(revoked.statusCode).toBe(200);
      const revokedAt = json<{ revokedAt: string }>(revoked).revokedAt;
      expect(revokedAt).toEqual(expect.any(String));
      expect((await api.app.inject({ url: '/api/users', headers: bearer(token) })).statusCode).toBe(401);
      const again = await api.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: bearer(tokens.admin) });
      expect(json<{ revokedAt: string }>(again).revokedAt).toBe(revokedAt);
      const entries = (await audit(api, tokens.admin, '?action=token')).entries.filter((e) => e.recordKey === `token ${id}`);
      expect(entries.map((e) => e.details.change)).toEqual(['revoked', 'created']);
      expect(expectProblem(await api.app.inject({ method: 'DELETE', url: '/api/tokens/999999', headers: bearer(tokens.admin) }), 404).detail).toContain(
        'GET /api/tokens',
      );
    });

    it('a token past its expiry is refused', async () => {
      const token = await createToken(api, tokens.admin, { name: 'short-lived', expiresInDays: 1 });
      await api.db.pool.query(
        "UPDATE api_tokens SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE name = 'short-lived'",
      );
      expect(expectProblem(await api.app.inject({ url: '/api/users', headers: bearer(token) }), 401).detail).toContain('expired');
    });

    it('an API token cannot sign out (400): it is revoked instead', async () => {
      const token = await createToken(api, tokens.admin, { name: 'logout attempt' });
      expect(expectProblem(await api.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(token) }), 400).detail).toContain(
        'DELETE /api/tokens',
      );
    });
  });

  describe('audit log', () => {
    it('is for editors and admins: 401 anonymous, 403 viewer', async () => {
      expectProblem(await api.app.inject({ url: '/api/audit' }), 401);
      expect(expectProblem(await api.app.inject({ url: '/api/audit', headers: bearer(tokens.viewer) }), 403).detail).toBe(
        'Your role (viewer) cannot read the audit log; that needs the editor role. Ask an administrator to change your role.',
      );
      expect((await api.app.inject({ url: '/api/audit', headers: bearer(tokens.editor) })).statusCode).toBe(200);
      expect((await api.app.inject({ url: '/api/audit', headers: bearer(tokens.admin) })).statusCode).toBe(200);
    });

    it('lists newest first, a page at a time, each login with who and when', async () => {
      const first = await audit(api, tokens.admin, '?limit=3');
      expect(first.entries).toHaveLength(3);
      const ids = first.entries.map((e) => e.id);
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
      expect(first.nextBefore).toBe(ids[2]);
      const second = await audit(api, tokens.admin, `?limit=3&before=${first.nextBefore}`);
      expect(second.entries[0]!.id).toBeLessThan(ids[2]!);
      const logins = (await audit(api, tokens.admin, '?action=login&limit=500')).entries;
      const ada = logins.find((e) => e.actor === 'ada.admin' && e.details.outcome === 'signed in')!;
      expect(ada.actorRole).toBe('admin');
      expect(Date.now() - Date.parse(ada.at)).toBeLessThan(10 * 60_000);
      const last = await audit(api, tokens.admin, '?limit=500');
      expect(last.nextBefore).toBeNull();
    });

    it('a bad filter is a 400 naming the parameter', async () => {
      const res = await api.app.inject({ url: '/api/audit?limit=0', headers: bearer(tokens.admin) });
      expect(expectProblem(res, 400).detail).toContain('limit');
      const action = await api.app.inject({ url: '/api/audit?action=delete', headers: bearer(tokens.admin) });
      expect(expectProblem(action, 400).detail).toContain('import, edit, user, token, login, logout');
    });
  });

  describe('npm run user', () => {
    it('adds a user with the password from stdin, who can then sign in; the change is audited as the command line', async () => {
      const run = await runUserCli(['add', 'Cli.Admin', '--role', 'admin', '--password-stdin'], api.db.url, 'from the command line\n');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('Added cli.admin (admin)');
      expect(await login(api, 'cli.admin', 'from the command line')).toMatch(/^atlas_s_/);
      const entry = (await audit(api, tokens.admin, '?action=user&limit=1')).entries[0]!;
      expect(entry.actor).toMatch(/^cli:/);
      expect(entry.recordKey).toBe('cli.admin');
    });

    it('refuses a weak password (exit 1) and a wrong command (exit 2), adding nobody', async () => {
      const weak = await runUserCli(['add', 'weakling', '--role', 'editor'], api.db.url, 'short\n');
      expect(weak.code).toBe(1);
      expect(weak.stderr).toContain('at least 10');
      const badRole = await runUserCli(['add', 'someone', '--role', 'root'], api.db.url, 'a long passphrase\n');
      expect(badRole.code).toBe(2);
      expect(badRole.stderr).toContain('"root" is not a role');
      const taken = await runUserCli(['add', 'eddie', '--role', 'editor'], api.db.url, 'a long passphrase\n');
      expect(taken.code).toBe(1);
      expect(taken.stderr).toContain('exists already');
      const { rows } = await api.db.pool.query("SELECT 1 FROM users WHERE name IN ('weakling', 'someone')");
      expect(rows).toHaveLength(0);
    });

    it('prints a new API token once on stdout, and lists the users', async () => {
      const made = await runUserCli(['token', 'eddie', '--name', 'from the cli', '--days', '7'], api.db.url, '');
      expect(made.code, made.stderr).toBe(0);
      const token = made.stdout.trim();
      expect(token).toMatch(/^atlas_t_[A-Za-z0-9_-]{43}$/);
      expect(json<Me>(await api.app.inject({ url: '/api/auth/me', headers: bearer(token) })).user?.name).toBe('eddie');
      const list = await runUserCli(['list'], api.db.url, '');
      expect(list.code).toBe(0);
      expect(list.stdout).toMatch(/^eddie\teditor\tactive\t/m);
    });
  });
});

async function createUser(api: ApiContext, name: string, role: string, password: string): Promise<void> {
  await createAuthStore(api.db.pool).createUser({ name, role, password }, CLI);
}

async function createToken(api: ApiContext, adminToken: string, payload: object): Promise<string> {
  const res = await api.app.inject({ method: 'POST', url: '/api/tokens', headers: bearer(adminToken), payload });
  expect(res.statusCode, res.body).toBe(201);
  return json<{ token: string }>(res).token;
}
