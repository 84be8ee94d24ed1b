import { describe, expect, it } from 'vitest';
import { describeNumber, describeValidation, problem, type ValidationIssue } from './problem.ts';

const radiusSchema = { type: 'number', exclusiveMinimum: 0, maximum: 100 };

describe('describeValidation', () => {
  it('explains a number out of range with the whole allowed range and the value received', () => {
    const issues: ValidationIssue[] = [
      { instancePath: '/radiusKm', keyword: 'maximum', params: { limit: 100 }, data: 101, parentSchema: radiusSchema },
    ];
    expect(describeValidation(issues, 'querystring')).toBe(
      'Query parameter radiusKm must be a number greater than 0 and at most 100; received 101.',
    );
  });

  it('explains text where a number was expected', () => {
    const issues: ValidationIssue[] = [
      { instancePath: '/radiusKm', keyword: 'type', params: { type: 'number' }, data: 'abc', parentSchema: radiusSchema },
    ];
    expect(describeValidation(issues, 'querystring')).toBe(
      'Query parameter radiusKm must be a number greater than 0 and at most 100; received "abc".',
    );
  });

  it('lists the allowed values of a union of literals once each', () => {
    const union = { anyOf: [{ const: 'mudflow' }, { const: 'flood' }] };
    const issues: ValidationIssue[] = [
      { instancePath: '/hazard', keyword: 'const', params: { allowedValue: 'mudflow' }, data: 'lava' },
      { instancePath: '/hazard', keyword: 'const', params: { allowedValue: 'flood' }, data: 'lava' },
      { instancePath: '/hazard', keyword: 'anyOf', params: {}, data: 'lava', parentSchema: union },
    ];
    expect(describeValidation(issues, 'querystring')).toBe(
      'Query parameter hazard must be one of: mudflow, flood; received "lava".',
    );
  });

  it('calls a value that fails its pattern malformed and shows an example', () => {
    const schema = { type: 'string', pattern: '^[A-Z]+$', description: 'capital letters', examples: ['ABC'] };
    const issues: ValidationIssue[] = [
      { instancePath: '/id', keyword: 'pattern', params: { pattern: '^[A-Z]+$' }, data: 'abc', parentSchema: schema },
    ];
    expect(describeValidation(issues, 'params')).toBe(
      'Path parameter id is malformed: it must be capital letters (e.g. "ABC"); received "abc".',
    );
  });

  it('takes the received value from the request when Ajv did not attach it', () => {
    const issues: ValidationIssue[] = [
      { instancePath: '/year', keyword: 'minimum', params: { limit: 2000 }, parentSchema: { type: 'integer', minimum: 2000, maximum: 2100 } },
    ];
    expect(describeValidation(issues, 'querystring', { year: '1999' })).toBe(
      'Query parameter year must be a whole number from 2000 to 2100; received "1999".',
    );
  });

  it('says which parameter is missing', () => {
    const issues: ValidationIssue[] = [{ instancePath: '', keyword: 'required', params: { missingProperty: 'bbox' } }];
    expect(describeValidation(issues, 'querystring')).toBe('Query parameter bbox is required.');
  });

  it('falls back to the validator message for keywords it does not know', () => {
    const issues: ValidationIssue[] = [
      { instancePath: '/tags', keyword: 'uniqueItems', params: {}, message: 'must NOT have duplicate items', data: ['a', 'a'] },
    ];
    expect(describeValidation(issues, 'querystring')).toBe(
      'Query parameter tags must NOT have duplicate items; received ["a","a"].',
    );
  });
});

describe('describeNumber', () => {
  it('describes open and closed bounds', () => {
    expect(describeNumber({ type: 'number' })).toBe('a number');
    expect(describeNumber({ type: 'integer', minimum: 1 })).toBe('a whole number at least 1');
    expect(describeNumber({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 })).toBe(
      'a number greater than 0 and less than 1',
    );
  });
});

describe('problem', () => {
  it('builds an RFC 9457 body, with the instance only when given', () => {
    expect(problem(404, 'Not found', 'No such site.', '/problems/not-found')).toEqual({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'No such site.',
    });
    expect(problem(400, 't', 'd', '/p', '/api/x').instance).toBe('/api/x');
  });
});
