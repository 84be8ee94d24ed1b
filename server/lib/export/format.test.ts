import { describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { requestedFormat, withExportFormat } from './format.ts';

describe('export format negotiation', () => {
  it('format wins over Accept', () => {
    expect(requestedFormat('geojson', 'text/csv')).toBe('geojson');
    expect(requestedFormat('json', undefined)).toBe('json');
  });

  it('the first media type of Accept decides (q-values are not weighed); a browser\'s usual Accept stays JSON', () => {
    expect(requestedFormat(undefined, 'text/csv')).toBe('csv');
    expect(requestedFormat(undefined, 'text/csv;q=0.9, application/json')).toBe('csv');
    expect(requestedFormat(undefined, 'application/json, text/csv')).toBeNull();
    expect(requestedFormat(undefined, 'text/html,application/xhtml+xml,*/*;q=0.8')).toBeNull();
    expect(requestedFormat(undefined, undefined)).toBeNull();
  });

  it('adds an optional format parameter listing only the formats offered', () => {
    const schema = withExportFormat(Type.Object({ region: Type.Optional(Type.String()) }), ['json', 'csv'] as const);
    expect(Object.keys(schema.properties)).toEqual(['region', 'format']);
    expect(schema.required ?? []).toEqual([]);
    expect(JSON.stringify(schema.properties.format)).toContain('"csv"');
    expect(JSON.stringify(schema.properties.format)).not.toContain('geojson');
  });
});
