// Who is asking: `app.authenticate(request)` sets request.user (null = anonymous, a viewer) from an
// `Authorization: Bearer <token>` header (a session or an API token) or the HttpOnly `atlas_session` cookie, and
// `app.requireRole('editor' | 'admin')` guards every route that writes or shows the audit. Use it as the route's
// onRequest hook: it then answers 401/403 before the body is parsed or validated, so a stranger learns nothing from
// validation messages and cannot make the server read a large upload (it also works as a preHandler).
//
// Credentials are looked up only where a route needs them (writes, /api/auth/me, the audit), not on every request:
// a signed-in browser sends its cookie with each tile and summary request too, and reading stays public, so those
// must not cost a database query each.
import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../../lib/auth/http.ts';
import { LoginLimiter } from '../../lib/auth/rate-limit.ts';
import { roleAllows, type Role } from '../../lib/auth/roles.ts';
import { createAuthStore, type AuthStore, type AuthUser, type Credential } from '../../lib/auth/store.ts';
import { bearerToken } from '../../lib/auth/tokens.ts';

export const SESSION_COOKIE = 'atlas_session';
/**
 * The header a write made with the session cookie must carry (any value; the atlas's pages send "1").
 *
 * Why: a browser attaches the cookie to any request to this server, including one another page makes it send
 * (cross-site request forgery). SameSite=Strict already keeps the cookie off requests started by other sites,
 * but not off those from another origin of the same site (another port or subdomain of the host), and old
 * browsers ignore it. A page of another origin cannot add a custom header without asking first (a CORS
 * preflight), which the server refuses for writes (plugins/external/cors.ts allows GET and HEAD only), and an HTML
 * form cannot add one at all. A Bearer token needs no such header: no browser sends it on its own.
 */
export const CSRF_HEADER = 'x-atlas-request';

export interface AuthOutcome {
  user: AuthUser | null;
  credential: Credential | null;
  via: 'bearer' | 'cookie' | null;
  /** Why a credential that was sent is not accepted; undefined when none was sent or it is good. */
  refused?: string;
}

const ANONYMOUS: AuthOutcome = { user: null, credential: null, via: null };

const WHAT: Record<Exclude<Role, 'viewer'>, string> = {
  editor: 'import or edit data',
  admin: 'manage users and API tokens',
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by app.authenticate (requireRole calls it); null = anonymous, i.e. a viewer. */
    user: AuthUser | null;
  }
  interface FastifyInstance {
    authStore: AuthStore;
    loginLimiter: LoginLimiter;
    authenticate(request: FastifyRequest): Promise<AuthOutcome>;
    requireRole(
      role: Exclude<Role, 'viewer'>,
      what?: string,
    ): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;
  }
}

/** The cookie of a new session; Secure when the request came over https, so plain-http local use still works. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export default fp(
  async (app) => {
    await app.register(cookie);
    const store = createAuthStore(app.db.pool);
    app.decorate('authStore', store);
    app.decorate('loginLimiter', new LoginLimiter());
    app.decorateRequest('user', null);

    const outcomes = new WeakMap<FastifyRequest, Promise<AuthOutcome>>();

    async function resolve(request: FastifyRequest): Promise<AuthOutcome> {
      const header = request.headers.authorization;
      const bearer = bearerToken(header);
      if (header !== undefined && bearer === null) {
        return { ...ANONYMOUS, via: 'bearer', refused: 'The Authorization header must be "Bearer <token>".' };
      }
      const token = bearer ?? request.cookies[SESSION_COOKIE];
      if (!token) return ANONYMOUS;
      const via = bearer ? 'bearer' : 'cookie';
      const found = await store.resolveToken(token);
      if (!found) {
        return {
          ...ANONYMOUS,
          via,
          refused:
            via === 'cookie'
              ? 'Your sign-in has ended (it expired, you signed out, or an administrator ended it); sign in again.'
              : 'The token is not valid: it has expired, was revoked, or was never issued. Sign in again (POST /api/auth/login) or ask an administrator for a new API token.',
        };
      }
      request.user = found.user;
      return { user: found.user, credential: found.credential, via };
    }

    app.decorate('authenticate', (request: FastifyRequest) => {
      let outcome = outcomes.get(request);
      if (!outcome) {
        outcome = resolve(request);
        outcomes.set(request, outcome);
      }
      return outcome;
    });

    app.decorate('requireRole', (role: Exclude<Role, 'viewer'>, what: string = WHAT[role]) => {
      return async (request: FastifyRequest, reply: FastifyReply) => {
        const outcome = await app.authenticate(request);
        if (!outcome.user) {
          reply.header('www-authenticate', outcome.refused ? 'Bearer realm="atlas", error="invalid_token"' : 'Bearer realm="atlas"');
          if (outcome.via === 'cookie') clearSessionCookie(request, reply);
          return sendProblem(
            reply,
            401,
            outcome.refused ??
              `Sign in to ${what}: POST /api/auth/login with your name and password, then send the token it returns as ` +
                `"Authorization: Bearer <token>" (the atlas's pages keep it as a cookie). This needs the ${role} role.`,
          );
        }
        if (outcome.via === 'cookie' && !SAFE_METHODS.has(request.method) && !request.headers[CSRF_HEADER]) {
          return sendProblem(
            reply,
            403,
            `A change made with the sign-in cookie must carry the header "X-Atlas-Request: 1" (the atlas's own pages send it); ` +
              'it shows the request comes from the atlas and not from another site. Scripts should send "Authorization: Bearer <token>" instead.',
          );
        }
        if (!roleAllows(outcome.user.role, role)) {
          return sendProblem(
            reply,
            403,
            `Your role (${outcome.user.role}) cannot ${what}; that needs the ${role} role. Ask an administrator to change your role.`,
          );
        }
        return undefined;
      };
    });
  },
  { name: 'auth', dependencies: ['database'] },
);
