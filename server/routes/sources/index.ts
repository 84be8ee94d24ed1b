import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SourceListSchema } from '../../schemas/sources.ts';
import { problemResponses } from '../problems.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/sources', {
    schema: {
      tags: ['sources'],
      summary: 'Every source, and which tables cite it in how many rows',
      description:
        'Each figure of the API names its source (sourceId or sourceIds); this lists them with publisher, date, ' +
        'address, licence and whether they are sample data.',
      response: { 200: SourceListSchema, ...problemResponses },
    },
  }, async () => app.sourcesRepository.list());
};
export default routes;
