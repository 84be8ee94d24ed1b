// Problem answers of the signed-in part of the API, sent directly rather than thrown: the shared error handler
// (server/plugins/app/errors.ts) titles only the statuses the read API meets.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemSchema } from '../../schemas/api.ts';
import { PROBLEM_CONTENT_TYPE, problem } from '../problem.ts';
import { RequestError } from './errors.ts';
import type { Actor } from './store.ts';

const PROBLEMS: Record<number, { title: string; type: string }> = {
  400: { title: 'Invalid request', type: '/problems/invalid-parameter' },
  401: { title: 'Sign-in required', type: '/problems/unauthorized' },
  403: { title: 'Not allowed', type: '/problems/forbidden' },
  404: { title: 'Not found', type: '/problems/not-found' },
  409: { title: 'Conflict', type: '/problems/conflict' },
  429: { title: 'Too many sign-in attempts', type: '/problems/too-many-requests' },
};

export function sendProblem(reply: FastifyReply, status: 400 | 401 | 403 | 404 | 409 | 429, detail: string): FastifyReply {
  const { title, type } = PROBLEMS[status]!;
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problem(status, title, detail, type, reply.request.url));
}

/** Answers a RequestError as its problem; anything else goes on to the error handler. */
export function sendAuthError(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof RequestError) return sendProblem(reply, error.status, error.message);
  throw error;
}

/** Signed-in answers are one person's: no shared cache may keep them. */
export const noStore = (reply: FastifyReply): FastifyReply => reply.header('cache-control', 'no-store');

/** OpenAPI: a route that needs a signed-in user accepts a Bearer token or the session cookie. */
export const SIGNED_IN: { [scheme: string]: string[] }[] = [{ bearerAuth: [] }, { cookieAuth: [] }];

/** The 4xx/5xx bodies of a route behind requireRole (each is application/problem+json). */
export const signedInProblems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  500: ProblemSchema,
  503: ProblemSchema,
} as const;

/** The signed-in user as the audit log records them; only after requireRole has let the request through. */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.user;
  if (!user) throw new Error('actorOf called on a request no requireRole preHandler checked');
  return { name: user.name, role: user.role };
}

/**
 * A preValidation hook refusing body fields the schema does not name. The app's Ajv strips unknown properties
 * silently (Fastify's removeAdditional default), which suits filters but not a change: someone sending
 * {"status": "works", "hazard": "flood"} must learn that hazard was not changed, rather than see a 200.
 */
export function onlyKnownFields(schema: { properties: Record<string, unknown> }) {
  const known = Object.keys(schema.properties);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const body = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const unknown = Object.keys(body).filter((key) => !known.includes(key));
    if (unknown.length === 0) return undefined;
    return sendProblem(reply, 400, `Body field ${unknown[0]} is not recognised; remove it (the fields are ${known.join(', ')}).`);
  };
}
