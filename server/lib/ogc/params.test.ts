import { describe, expect, it } from 'vitest';
import { findCollection } from './collections.ts';
import { ParameterError, clampLimit, negotiateFormat, parseBbox, parseDatetime, parseFilters } from './params.ts';

const villages = findCollection('villages')!;
const restoration = findCollection('restoration')!;
const sites = findCollection('hazard_sites')!;

describe('bbox', () => {
  it('four numbers become one envelope; spaces and exponents are fine', () => {
    expect(parseBbox('72.5, 40.9,73.2,4.13e1')).toEqual([{ minLon: 72.5, minLat: 40.9, maxLon: 73.2, maxLat: 41.3 }]);
  });
  it('a box across the antimeridian becomes two envelopes', () => {
    expect(parseBbox('170,-10,-170,10')).toEqual([
      { minLon: 170, minLat: -10, maxLon: 180, maxLat: 10 },
      { minLon: -180, minLat: -10, maxLon: -170, maxLat: 10 },
    ]);
  });
  it.each(['1,2,3', '', '1,2,3,4,5', '1,2,,4', 'a,b,c,d', '0x10,1,2,3', 'Infinity,1,2,3'])('"%s" is refused with the expected form', (raw) => {
    expect(() => parseBbox(raw)).toThrow(ParameterError);
    expect(() => parseBbox(raw)).toThrow(`received "${raw}"`);
  });
  it('six numbers are named as an unsupported 3D box', () => {
    expect(() => parseBbox('1,2,0,3,4,10')).toThrow('six numbers (a 3D box)');
  });
  it('coordinates out of range or with minLat above maxLat are refused', () => {
    expect(() => parseBbox('-181,0,0,1')).toThrow('out of range');
    expect(() => parseBbox('0,-91,1,1')).toThrow('out of range');
    expect(() => parseBbox('0,2,1,1')).toThrow('minLat 2 above maxLat 1');
  });
});

describe('datetime', () => {
  it('a date-time instant is itself; a date is its whole day', () => {
    expect(parseDatetime('2024-05-01T10:20:30Z')).toEqual({ from: '2024-05-01T10:20:30.000Z', to: '2024-05-01T10:20:30.000Z' });
    expect(parseDatetime('2024-05-01')).toEqual({ from: '2024-05-01T00:00:00.000Z', to: '2024-05-01T23:59:59.999Z' });
  });
  it('offsets are converted to UTC; lower-case t and z are accepted', () => {
    expect(parseDatetime('2024-05-01t06:00:00+06:00').from).toBe('2024-05-01T00:00:00.000Z');
    expect(parseDatetime('2024-05-01T00:00:00.5z').from).toBe('2024-05-01T00:00:00.500Z');
  });
  it('intervals may be open at either end with ".." or nothing', () => {
    expect(parseDatetime('2024-01-01/2024-12-31')).toEqual({ from: '2024-01-01T00:00:00.000Z', to: '2024-12-31T23:59:59.999Z' });
    expect(parseDatetime('../2024-12-31')).toEqual({ from: null, to: '2024-12-31T23:59:59.999Z' });
    expect(parseDatetime('2024-01-01/..')).toEqual({ from: '2024-01-01T00:00:00.000Z', to: null });
    expect(parseDatetime('/2024-12-31')).toEqual({ from: null, to: '2024-12-31T23:59:59.999Z' });
    expect(parseDatetime('../..')).toEqual({ from: null, to: null });
  });
  it('a leap second is read as the end of its minute', () => {
    expect(parseDatetime('2016-12-31T23:59:60Z').from).toBe('2016-12-31T23:59:59.999Z');
  });
  it.each(['', '..', 'now', '2024-13-01', '2023-02-29', '2024-05-01T24:00:00Z', '2024-05-01T10:00:00', '2024-05-01 10:00:00Z', '2024/05/01', 'a/b/c'])(
    '"%s" is refused with the expected form',
    (raw) => {
      expect(() => parseDatetime(raw)).toThrow(ParameterError);
      expect(() => parseDatetime(raw)).toThrow('RFC 3339');
    },
  );
  it('an interval that ends before it starts is refused', () => {
    expect(() => parseDatetime('2024-02-01/2024-01-31')).toThrow('ends before it starts');
  });
});

describe('property filters and unknown parameters', () => {
  it('standard parameters pass; filters are collected', () => {
    expect(parseFilters(sites, { f: 'json', bbox: '1,2,3,4', limit: 5, offset: 0, status: 'works' })).toEqual([{ name: 'status', value: 'works' }]);
  });
  it('datetime is only for collections with time', () => {
    expect(parseFilters(restoration, { datetime: '2024-01-01' })).toEqual([]);
    expect(() => parseFilters(villages, { datetime: '2024-01-01' })).toThrow('works on: restoration');
  });
  it('an unknown key names what the collection takes', () => {
    expect(() => parseFilters(restoration, { colour: 'red' })).toThrow(
      'Query parameter colour is not recognised for collection restoration; its items take f, bbox, datetime, limit, offset and the property filters site_code, kind.',
    );
  });
  it('an enumerated filter refuses other values; a repeated one is refused', () => {
    expect(() => parseFilters(sites, { risk_level: 'extreme' })).toThrow('must be one of: low, medium, high, very_high; received "extreme"');
    expect(() => parseFilters(sites, { status: ['works', 'design'] })).toThrow('given once');
  });
});

describe('limit and format', () => {
  it('limit defaults to 100 and is clamped to 10000', () => {
    expect(clampLimit(undefined)).toBe(100);
    expect(clampLimit(7)).toBe(7);
    expect(clampLimit(123_456)).toBe(10_000);
  });
  it('f wins; a browser Accept gives HTML; GIS clients, */* and nothing give JSON', () => {
    expect(negotiateFormat('json', 'text/html')).toBe('json');
    expect(negotiateFormat('html', undefined)).toBe('html');
    expect(negotiateFormat(undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('html');
    expect(negotiateFormat(undefined, 'application/geo+json, application/json')).toBe('json');
    expect(negotiateFormat(undefined, '*/*')).toBe('json');
    expect(negotiateFormat(undefined, undefined)).toBe('json');
    expect(negotiateFormat(undefined, 'application/json;q=0.5, text/html;q=0.9')).toBe('html');
    expect(negotiateFormat(undefined, 'text/html;q=0.5, application/json')).toBe('json');
    expect(negotiateFormat(undefined, 'text/html;q=0')).toBe('json');
  });
});
