import { describe, expect, it } from 'vitest';
import { AreaInputError } from './area-input.ts';
import { parseAreaParam, unscoped } from './scope.ts';

describe('parseAreaParam', () => {
  it('closes the outline the web address writes without its last corner', () => {
    expect(parseAreaParam('72.7,41.09;72.73,41.09;72.73,41.11')).toEqual({
      type: 'Polygon',
      coordinates: [[[72.7, 41.09], [72.73, 41.09], [72.73, 41.11], [72.7, 41.09]]],
    });
  });

  it('reads negative, signed and exponent numbers and spaces around them', () => {
    const g = parseAreaParam('-1.5, 2;+3,4e0; 5 ,-6');
    expect(g.coordinates[0]).toEqual([[-1.5, 2], [3, 4], [5, -6], [-1.5, 2]]);
  });

  it.each([
    ['72.7,41.09;72.73,41.09', 'received 2 corners'],
    ['', 'received 1 corner.'],
    ['72.7,41.09;abc,41;72.73,41.11', 'corner 2 ("abc,41") is not two numbers'],
    ['72.7,41.09;72.73,41.09,5;72.73,41.11', 'corner 2 ("72.73,41.09,5")'],
    ['72.7,41.09;72.73,41.09;72.73,41.11;72.7,41.09', 'the last corner repeats the first one'],
    ['72.7,41.09;72.73,95;72.73,41.11', 'Query parameter area: Position 2 of the outer ring is [72.73, 95], outside lon/lat range'],
  ])('%j is refused: %s', (text, message) => {
    expect(() => parseAreaParam(text)).toThrow(AreaInputError);
    expect(() => parseAreaParam(text)).toThrow(message);
  });

  it('takes 200 corners and refuses 201, the most the web address carries', () => {
    const ring = (n: number) => Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return `${72.7 + 0.05 * Math.cos(a)},${41.1 + 0.05 * Math.sin(a)}`;
    }).join(';');
    expect(parseAreaParam(ring(200)).coordinates[0]).toHaveLength(201);
    expect(() => parseAreaParam(ring(201))).toThrow('received 201 corners');
  });
});

describe('unscoped', () => {
  it('filters nothing and uses the exposure radius of the rest of the API (5 km)', () => {
    const s = unscoped();
    expect(Object.values(s.filters).every((v) => v === null)).toBe(true);
    expect(s.place).toEqual([null, null, null, null, null, null, null, 5000]);
  });
});
