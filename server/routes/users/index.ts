// Users (admins only): list, add, change role / disabled / password. Every change is audited (server/lib/auth/store.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProblemSchema } from '../../schemas/api.ts';
import { NewUserSchema, UserChangeSchema, UserListSchema, UserParamsSchema, UserSchema } from '../../schemas/auth.ts';
import { actorOf, noStore, onlyKnownFields, sendAuthError, signedInProblems, SIGNED_IN } from '../../lib/auth/http.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const adminOnly = app.requireRole('admin');

  app.get('/api/users', {
    schema: {
      tags: ['users'],
      summary: 'Every user with their role, whether disabled, and their last sign-in (admin)',
      security: SIGNED_IN,
      response: { 200: UserListSchema, ...signedInProblems },
    },
    onRequest: adminOnly,
  }, async (_request, reply) => {
    noStore(reply);
    return { users: await app.authStore.listUsers() };
  });

  app.post('/api/users', {
    schema: {
      tags: ['users'],
      summary: 'Add a user (admin)',
      description: 'The name is stored in lower case; the password needs at least 10 characters and must not be the name.',
      security: SIGNED_IN,
      body: NewUserSchema,
      response: { 201: UserSchema, ...signedInProblems, 409: ProblemSchema },
    },
    onRequest: adminOnly,
    preValidation: onlyKnownFields(NewUserSchema),
  }, async (request, reply) => {
    noStore(reply);
    try {
      const user = await app.authStore.createUser(request.body, actorOf(request));
      return reply.code(201).send(user);
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });

  app.patch('/api/users/:name', {
    schema: {
      tags: ['users'],
      summary: "Change a user's role, disable or enable them, or set a new password (admin)",
      description:
        'Disabling a user or setting a new password ends their sessions at once; a disabled user’s API tokens stop ' +
        'working too. The last active admin cannot be demoted or disabled (409).',
      security: SIGNED_IN,
      params: UserParamsSchema,
      body: UserChangeSchema,
      response: { 200: UserSchema, ...signedInProblems, 404: ProblemSchema, 409: ProblemSchema },
    },
    onRequest: adminOnly,
    preValidation: onlyKnownFields(UserChangeSchema),
  }, async (request, reply) => {
    noStore(reply);
    try {
      return await app.authStore.updateUser(request.params.name, request.body, actorOf(request));
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });
};
export default routes;
