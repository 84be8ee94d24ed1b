import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProgrammeSchema } from '../../schemas/programme.ts';
import { problemResponsesWith404 } from '../problems.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/programme', {
    schema: {
      tags: ['programme'],
      summary: 'RESILAND CA+ Kyrgyz Republic: financing, dates, implementing agency, target oblasts, published figures',
      description:
        'Published facts, stored as data (data/programme.json), each with its sourceId. financing.parts add up to ' +
        'financing.totalUsd when the sources agree.',
      response: { 200: ProgrammeSchema, ...problemResponsesWith404 },
    },
  }, async (_request, reply) => {
    const programme = await app.programmeRepository.facts();
    if (!programme) {
      return reply.notFound(
        'No programme facts are loaded. Put programme.json in the data folder (SEED_DIR) and run `npm run seed`.',
      );
    }
    return programme;
  });
};
export default routes;
