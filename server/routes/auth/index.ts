// Sign-in: POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me (issue 6, item 7).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ProblemSchema } from '../../schemas/api.ts';
import { LoginBodySchema, LoginResultSchema, MeSchema } from '../../schemas/auth.ts';
import { noStore, onlyKnownFields, sendProblem, SIGNED_IN } from '../../lib/auth/http.ts';
import { LoginLimiter } from '../../lib/auth/rate-limit.ts';
import { clearSessionCookie, CSRF_HEADER, setSessionCookie } from '../../plugins/app/auth.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Sign in with a name and password',
      description:
        'Answers a token to send as "Authorization: Bearer <token>" and sets it as the HttpOnly, SameSite=Strict ' +
        'cookie atlas_session for the browser. A sign-in lasts SESSION_TTL_HOURS (12 by default). After 5 wrong ' +
        'passwords for one name from one address, that name is refused from there for 15 minutes (429).',
      body: LoginBodySchema,
      response: {
        200: LoginResultSchema,
        400: ProblemSchema,
        401: ProblemSchema,
        403: ProblemSchema,
        429: ProblemSchema,
        500: ProblemSchema,
        503: ProblemSchema,
      },
    },
    preValidation: onlyKnownFields(LoginBodySchema),
  }, async (request, reply) => {
    noStore(reply);
    const { name, password } = request.body;
    const key = LoginLimiter.key(name, request.ip);
    const wait = app.loginLimiter.retryAfterSeconds(key);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      return sendProblem(
        reply,
        429,
        `Too many wrong passwords for "${name}" from this address: try again in ${Math.ceil(wait / 60)} minute(s), ` +
          'or ask an administrator to set a new password.',
      );
    }
    const result = await app.authStore.signIn(name, password, app.config.sessionTtlHours);
    if (!result.ok && result.reason === 'wrong') {
      app.loginLimiter.fail(key);
      // One answer for an unknown name and a wrong password: it must not tell which names exist.
      return sendProblem(
        reply,
        401,
        'Wrong name or password. Check both (the password is case-sensitive) and try again; an administrator can set a new password.',
      );
    }
    if (!result.ok) return sendProblem(reply, 403, 'This account is disabled; ask an administrator to enable it.');
    app.loginLimiter.succeed(key);
    setSessionCookie(request, reply, result.token, result.expiresAt);
    return { token: result.token, expiresAt: result.expiresAt, user: { name: result.user.name, role: result.user.role } };
  });

  app.post('/api/auth/logout', {
    schema: {
      tags: ['auth'],
      summary: 'Sign out: end the session the request was made with and clear the cookie',
      description:
        'Without a valid session it only clears the cookie. An API token is not a session: revoke it with DELETE /api/tokens/{id}.',
      security: SIGNED_IN,
      response: { 204: Type.Null({ description: 'Signed out' }), 400: ProblemSchema, 403: ProblemSchema, 500: ProblemSchema, 503: ProblemSchema },
    },
  }, async (request, reply) => {
    const outcome = await app.authenticate(request);
    if (outcome.credential?.kind === 'api_token') {
      return sendProblem(reply, 400, 'An API token is not a sign-in and cannot sign out; an administrator revokes it with DELETE /api/tokens/{id}.');
    }
    if (outcome.via === 'cookie' && outcome.user && !request.headers[CSRF_HEADER]) {
      return sendProblem(reply, 403, 'Signing out with the sign-in cookie needs the header "X-Atlas-Request: 1" (the atlas\'s own pages send it).');
    }
    if (outcome.user && outcome.credential) await app.authStore.signOut(outcome.credential, outcome.user);
    clearSessionCookie(request, reply);
    return reply.code(204).send(null);
  });

  app.get('/api/auth/me', {
    schema: {
      tags: ['auth'],
      summary: 'Who the request is signed in as (user null: not signed in, a viewer)',
      description: 'A token or cookie that is no longer valid (expired, signed out, revoked) is a 401, so a page knows to sign in again.',
      security: SIGNED_IN,
      response: { 200: MeSchema, 401: ProblemSchema, 500: ProblemSchema, 503: ProblemSchema },
    },
  }, async (request, reply) => {
    noStore(reply);
    const outcome = await app.authenticate(request);
    if (outcome.refused) {
      if (outcome.via === 'cookie') clearSessionCookie(request, reply);
      reply.header('www-authenticate', 'Bearer realm="atlas", error="invalid_token"');
      return sendProblem(reply, 401, outcome.refused);
    }
    return {
      user: outcome.user ? { name: outcome.user.name, role: outcome.user.role } : null,
      role: outcome.user?.role ?? 'viewer',
      via: outcome.credential?.kind ?? null,
      expiresAt: outcome.credential?.expiresAt ?? null,
    };
  });
};
export default routes;
