// RFC 9457 problem details, and the rewriting of Ajv's validation errors into a sentence a person can act on:
// which parameter, what was received, what is allowed.
import type { Problem } from '../schemas/api.ts';

export const PROBLEM_TYPES = {
  invalidParameter: '/problems/invalid-parameter',
  notFound: '/problems/not-found',
  statementTimeout: '/problems/statement-timeout',
  serverError: '/problems/server-error',
  clientError: '/problems/client-error',
} as const;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problem(status: number, title: string, detail: string, type: string, instance?: string): Problem {
  return { type, title, status, detail, ...(instance ? { instance } : {}) };
}

/** The part of an Ajv error we read (with Ajv's `verbose` option, `data` and `parentSchema` are present). */
export interface ValidationIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  data?: unknown;
  parentSchema?: Record<string, unknown> | boolean;
}

const CONTEXT_NAMES: Record<string, string> = {
  querystring: 'Query parameter',
  params: 'Path parameter',
  body: 'Body field',
  headers: 'Header',
};

const quote = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

const list = (values: readonly unknown[]): string => values.map((v) => String(v)).join(', ');

function issueName(issue: ValidationIssue): string {
  if (issue.keyword === 'required') return String(issue.params.missingProperty ?? '');
  if (issue.keyword === 'additionalProperties') return String(issue.params.additionalProperty ?? '');
  return issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
}

const asSchema = (s: ValidationIssue['parentSchema']): Record<string, unknown> =>
  s && typeof s === 'object' ? s : {};

/** "a number greater than 0 and at most 100", from the parameter's schema. */
export function describeNumber(schema: Record<string, unknown>): string {
  const kind = schema.type === 'integer' ? 'a whole number' : 'a number';
  const bounds: string[] = [];
  if (typeof schema.exclusiveMinimum === 'number') bounds.push(`greater than ${schema.exclusiveMinimum}`);
  if (typeof schema.minimum === 'number') bounds.push(`at least ${schema.minimum}`);
  if (typeof schema.exclusiveMaximum === 'number') bounds.push(`less than ${schema.exclusiveMaximum}`);
  if (typeof schema.maximum === 'number') bounds.push(`at most ${schema.maximum}`);
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number') {
    return `${kind} from ${schema.minimum} to ${schema.maximum}`;
  }
  return bounds.length ? `${kind} ${bounds.join(' and ')}` : kind;
}

function allowedValues(issues: readonly ValidationIssue[]): unknown[] {
  const values: unknown[] = [];
  for (const issue of issues) {
    if (issue.keyword === 'const') values.push(issue.params.allowedValue);
    if (issue.keyword === 'enum' && Array.isArray(issue.params.allowedValues)) values.push(...issue.params.allowedValues);
    const anyOf = asSchema(issue.parentSchema).anyOf;
    if (issue.keyword === 'anyOf' && Array.isArray(anyOf)) {
      for (const branch of anyOf) if (branch && typeof branch === 'object' && 'const' in branch) values.push(branch.const);
    }
  }
  return [...new Set(values)];
}

/**
 * One sentence for the first invalid parameter, e.g.
 * `Query parameter radiusKm must be a number greater than 0 and at most 100; received "0".`
 * `input` is the request's query/params, used when Ajv did not attach the received value.
 */
export function describeValidation(
  issues: readonly ValidationIssue[],
  context: string | undefined,
  input?: unknown,
): string {
  const first = issues[0];
  if (!first) return 'The request is not valid.';
  const where = CONTEXT_NAMES[context ?? ''] ?? 'Parameter';
  const name = issueName(first);
  const sameParam = issues.filter((i) => issueName(i) === name);
  const inputValue =
    input && typeof input === 'object' && name in input ? (input as Record<string, unknown>)[name] : undefined;
  const received = 'data' in first && first.data !== undefined && first.keyword !== 'required' ? first.data : inputValue;
  const got = received === undefined ? '' : `; received ${quote(received)}`;

  if (first.keyword === 'required') return `${where} ${name} is required.`;
  if (first.keyword === 'additionalProperties') return `${where} ${name} is not recognised; remove it.`;

  const values = allowedValues(sameParam);
  if (values.length > 0) return `${where} ${name} must be one of: ${list(values)}${got}.`;

  const schema = asSchema(first.parentSchema);
  if (['type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'].includes(first.keyword)) {
    const numeric = schema.type === 'number' || schema.type === 'integer' || first.params.type === 'number' || first.params.type === 'integer';
    if (numeric) return `${where} ${name} must be ${describeNumber(schema)}${got}.`;
  }
  if (first.keyword === 'pattern' || first.keyword === 'minLength' || first.keyword === 'maxLength') {
    const expected = typeof schema.description === 'string' ? schema.description : `text matching ${String(first.params.pattern ?? schema.pattern)}`;
    const examples = Array.isArray(schema.examples) && schema.examples.length ? ` (e.g. ${quote(schema.examples[0])})` : '';
    return `${where} ${name} is malformed: it must be ${expected}${examples}${got}.`;
  }
  return `${where} ${name} ${first.message ?? 'is not valid'}${got}.`;
}
