// GET /api/audit: the audit log, newest first, for editors and admins (issue 6, item 8).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditPageSchema, AuditQuerySchema } from '../../schemas/auth.ts';
import { listAudit } from '../../lib/audit.ts';
import { noStore, signedInProblems, SIGNED_IN } from '../../lib/auth/http.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Every import, edit, sign-in and user or token change: who, when, what, counts (editor, admin)',
      description: 'Newest first, limit entries at a time; pass nextBefore as before= for the next page. Filters: dataset, action.',
      security: SIGNED_IN,
      querystring: AuditQuerySchema,
      response: { 200: AuditPageSchema, ...signedInProblems },
    },
    onRequest: app.requireRole('editor', 'read the audit log'),
  }, async (request, reply) => {
    noStore(reply);
    return listAudit(app.db.pool, request.query);
  });
};
export default routes;
