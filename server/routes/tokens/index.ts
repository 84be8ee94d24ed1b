// API tokens (admins only), for scripts that import or edit without a person signing in. A token is shown once,
// when it is made; only its SHA-256 is kept. Every change is audited.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProblemSchema } from '../../schemas/api.ts';
import { CreatedTokenSchema, NewTokenSchema, TokenListQuerySchema, TokenListSchema, TokenParamsSchema, TokenSchema } from '../../schemas/auth.ts';
import { actorOf, noStore, onlyKnownFields, sendAuthError, signedInProblems, SIGNED_IN } from '../../lib/auth/http.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const adminOnly = app.requireRole('admin');

  app.get('/api/tokens', {
    schema: {
      tags: ['tokens'],
      summary: 'API tokens (never the tokens themselves), optionally of one user (admin)',
      security: SIGNED_IN,
      querystring: TokenListQuerySchema,
      response: { 200: TokenListSchema, ...signedInProblems },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    noStore(reply);
    return { tokens: await app.authStore.listTokens(request.query.user) };
  });

  app.post('/api/tokens', {
    schema: {
      tags: ['tokens'],
      summary: 'Make an API token for a user (admin); the answer holds the token, shown this once',
      description: 'It carries its user’s role, works for expiresInDays (default API_TOKEN_TTL_DAYS) and is sent as "Authorization: Bearer <token>".',
      security: SIGNED_IN,
      body: NewTokenSchema,
      response: { 201: CreatedTokenSchema, ...signedInProblems, 404: ProblemSchema, 409: ProblemSchema },
    },
    onRequest: adminOnly,
    preValidation: onlyKnownFields(NewTokenSchema),
  }, async (request, reply) => {
    noStore(reply);
    const { name, user, expiresInDays } = request.body;
    try {
      const created = await app.authStore.createToken(
        { name, user: user ?? actorOf(request).name, days: expiresInDays ?? app.config.apiTokenTtlDays },
        actorOf(request),
      );
      return reply.code(201).send(created);
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });

  app.delete('/api/tokens/:id', {
    schema: {
      tags: ['tokens'],
      summary: 'Revoke an API token (admin); it stops working at once. Revoking it again changes nothing',
      security: SIGNED_IN,
      params: TokenParamsSchema,
      response: { 200: TokenSchema, ...signedInProblems, 404: ProblemSchema },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    noStore(reply);
    try {
      return await app.authStore.revokeToken(request.params.id, actorOf(request));
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });
};
export default routes;
