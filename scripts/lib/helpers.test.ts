import { describe, expect, it } from 'vitest';
import { apportion } from './apportion.ts';
import { createRng } from './prng.ts';
import { simplifyShared } from './simplify-shared.ts';

describe('apportion', () => {
  it('splits a total into integers that add up exactly', () => {
    const parts = apportion(63_000_000, [0.3, 1.7, 2.2, 0.001, 5]);
    expect(parts.reduce((s, x) => s + x, 0)).toBe(63_000_000);
    expect(parts.every(Number.isInteger)).toBe(true);
  });

  it('gives zero weights nothing and breaks ties by position', () => {
    expect(apportion(10, [1, 0, 1])).toEqual([5, 0, 5]);
    expect(apportion(1, [1, 1])).toEqual([1, 0]);
  });

  it('refuses weights that sum to zero for a positive total', () => {
    expect(() => apportion(5, [0, 0])).toThrow(/positive sum/);
  });
});

describe('createRng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});

describe('simplifyShared', () => {
  it('gives two neighbours the same simplified border', () => {
    // Two squares sharing a wiggly border along x = 1.
    const border = [[1, 0], [1.0001, 0.25], [1, 0.5], [0.9999, 0.75], [1, 1]];
    const left = [[[[0, 0], ...border, [0, 1], [0, 0]]]];
    const right = [[[[1, 0], [2, 0], [2, 1], ...border.slice().reverse(), [1, 0]]]];
    const [a, b] = simplifyShared(
      [
        { type: 'MultiPolygon', coordinates: left },
        { type: 'MultiPolygon', coordinates: right },
      ],
      0.001,
    );
    const key = (p: number[]) => p.join(',');
    const aPts = new Set(a?.coordinates[0]?.[0]?.map(key));
    const shared = [...new Set(b?.coordinates[0]?.[0]?.filter((p) => p[0] === 1).map(key) ?? [])];
    expect(shared.sort()).toEqual(['1,0', '1,1']);
    for (const k of shared) expect(aPts.has(k)).toBe(true);
    expect([...aPts].filter((k) => k.startsWith('1.') || k.startsWith('0.9'))).toEqual([]);
  });
});
