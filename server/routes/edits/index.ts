// Single-record edits for editors: PATCH /api/sites/:id (the site's code; status), PUT /api/sales/:product/:channel/:month.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProblemSchema } from '../../schemas/api.ts';
import {
  SaleBodySchema,
  SaleEditResultSchema,
  SaleParamsSchema,
  SiteEditBodySchema,
  SiteEditParamsSchema,
  SiteEditResultSchema,
} from '../../schemas/auth.ts';
import { actorOf, onlyKnownFields, sendAuthError, signedInProblems, SIGNED_IN } from '../../lib/auth/http.ts';
import { editSiteStatus, putSale } from './store.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const editorOnly = app.requireRole('editor');

  app.patch('/api/sites/:id', {
    schema: {
      tags: ['edits'],
      summary: "Change a site's programme status (editor)",
      description:
        'The status may be given as its code or its name in Kyrgyz, Russian or English. Audited with the status before ' +
        'and after; summaries reflect it at once.',
      security: SIGNED_IN,
      params: SiteEditParamsSchema,
      body: SiteEditBodySchema,
      response: { 200: SiteEditResultSchema, ...signedInProblems, 404: ProblemSchema },
    },
    onRequest: editorOnly,
    preValidation: onlyKnownFields(SiteEditBodySchema),
  }, async (request, reply) => {
    try {
      return await editSiteStatus(app.db.pool, request.params.id, request.body.status, actorOf(request));
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });

  app.put('/api/sales/:product/:channel/:month', {
    schema: {
      tags: ['edits'],
      summary: "Set one month's sales of a product through a channel (editor)",
      description:
        'Adds the row (201) or replaces its quantity and revenue (200). The channel may be given as its code or its ' +
        'name in Kyrgyz, Russian or English; values keep two decimals. The row then cites the source "user-edit" and is ' +
        'no longer sample data. Audited with the values before and after; summaries reflect it at once.',
      security: SIGNED_IN,
      params: SaleParamsSchema,
      body: SaleBodySchema,
      response: { 200: SaleEditResultSchema, 201: SaleEditResultSchema, ...signedInProblems, 404: ProblemSchema },
    },
    onRequest: editorOnly,
    preValidation: onlyKnownFields(SaleBodySchema),
  }, async (request, reply) => {
    try {
      const edit = await putSale(app.db.pool, request.params, request.body, actorOf(request));
      return reply.code(edit.result === 'inserted' ? 201 : 200).send(edit);
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });
};
export default routes;
