import { describe, expect, it } from 'vitest';
import { loadSql, parseNamedSql } from './sql.ts';

describe('parseNamedSql', () => {
  it('splits a file into named statements, dropping the header comment and trailing semicolons', () => {
    const text = '-- about this file\n\n-- name: one\nSELECT 1;\n\n-- name: two\nSELECT $1::int\n  + 1;\n';
    expect(parseNamedSql(text)).toEqual({ one: 'SELECT 1', two: 'SELECT $1::int\n  + 1' });
  });

  it('refuses a name used twice', () => {
    expect(() => parseNamedSql('-- name: a\nSELECT 1;\n-- name: a\nSELECT 2;', 'x.sql')).toThrow(
      'x.sql: statement "a" is defined twice',
    );
  });

  it('refuses an empty statement', () => {
    expect(() => parseNamedSql('-- name: a\n\n-- name: b\nSELECT 1', 'x.sql')).toThrow('statement "a" is empty');
  });
});

describe('loadSql', () => {
  it('loads the statements the code asks for from server/sql', () => {
    expect(loadSql('health', ['check']).check).toContain('PostGIS_Lib_Version()');
  });

  it('fails at start-up when a statement is missing', () => {
    expect(() => loadSql('health', ['nope'])).toThrow(/has no statement "-- name: nope"/);
  });
});
