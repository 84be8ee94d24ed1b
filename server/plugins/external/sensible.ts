import fp from 'fastify-plugin';
import sensible from '@fastify/sensible';

// reply.notFound() / reply.badRequest() / app.httpErrors; the error handler turns them into problem+json.
export default fp(async (app) => {
  await app.register(sensible);
}, { name: 'sensible' });
