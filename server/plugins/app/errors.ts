// One error handler for the whole API: bad input → 400 with a sentence a person can act on; a statement
// timeout → 503; anything else → 500 that hides the internal message and names the request id to report.
import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, describeValidation, problem, type ValidationIssue } from '../../lib/problem.ts';

// SQLSTATE 57014 query_canceled: what statement_timeout raises.
const QUERY_CANCELED = '57014';

const TITLES: Record<number, string> = {
  400: 'Invalid request parameter',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
};

export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError & { code?: string }, request, reply) => {
      reply.type(PROBLEM_CONTENT_TYPE);
      const instance = request.url;

      if (error.validation) {
        const source = error.validationContext === 'params' ? request.params : request.query;
        const detail = describeValidation(error.validation as ValidationIssue[], error.validationContext, source);
        return reply.code(400).send(problem(400, TITLES[400]!, detail, PROBLEM_TYPES.invalidParameter, instance));
      }

      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const type = status === 404 ? PROBLEM_TYPES.notFound : status === 400 ? PROBLEM_TYPES.invalidParameter : PROBLEM_TYPES.clientError;
        return reply.code(status).send(problem(status, TITLES[status] ?? 'Bad request', error.message, type, instance));
      }

      if (error.code === QUERY_CANCELED) {
        request.log.warn({ err: error }, 'database statement timed out');
        return reply.code(503).send(
          problem(
            503,
            'Query took too long',
            'The database took too long to answer and the query was stopped. Try a narrower request ' +
              `(one region, a smaller radius) or try again in a moment; request id ${request.id}.`,
            PROBLEM_TYPES.statementTimeout,
            instance,
          ),
        );
      }

      request.log.error({ err: error, reqId: request.id }, 'unexpected error');
      return reply.code(500).send(
        problem(
          500,
          'Internal server error',
          `Something went wrong on the server; try again, and if it persists report request id ${request.id}.`,
          PROBLEM_TYPES.serverError,
          instance,
        ),
      );
    });
  },
  { name: 'errors' },
);
