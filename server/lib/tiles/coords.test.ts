import { describe, expect, it } from 'vitest';
import { tileCoordError } from './coords.ts';

describe('tileCoordError', () => {
  it('accepts every corner of the pyramid from z=0 to z=22', () => {
    expect(tileCoordError({ z: 0, x: 0, y: 0 })).toBeNull();
    expect(tileCoordError({ z: 10, x: 1023, y: 0 })).toBeNull();
    expect(tileCoordError({ z: 22, x: 2 ** 22 - 1, y: 2 ** 22 - 1 })).toBeNull();
  });

  it('names z and its range when z is out of 0–22 or not whole', () => {
    expect(tileCoordError({ z: 23, x: 0, y: 0 })).toBe('Path parameter z must be a whole number from 0 to 22; received 23.');
    expect(tileCoordError({ z: 1.5, x: 0, y: 0 })).toMatch(/^Path parameter z .* received 1.5\.$/);
  });

  it('names x or y and the range at that zoom', () => {
    expect(tileCoordError({ z: 0, x: 1, y: 0 })).toBe('Path parameter x must be a whole number from 0 to 0 at zoom 0; received 1.');
    expect(tileCoordError({ z: 3, x: 2, y: 8 })).toBe('Path parameter y must be a whole number from 0 to 7 at zoom 3; received 8.');
    expect(tileCoordError({ z: 3, x: -1, y: 0 })).toMatch(/^Path parameter x .* from 0 to 7 at zoom 3; received -1\.$/);
  });
});
