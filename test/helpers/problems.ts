import { expect } from 'vitest';
import type { Problem } from '../../server/schemas/api.ts';

/** Asserts an application/problem+json answer with this status, and returns its body. */
export function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number): Problem {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body) as Problem;
  expect(body.status).toBe(status);
  expect(body.title).toEqual(expect.any(String));
  expect(body.detail).toEqual(expect.any(String));
  expect(body.detail).not.toMatch(/\bat .+:\d+:\d+\)?/); // no stack trace
  return body;
}
