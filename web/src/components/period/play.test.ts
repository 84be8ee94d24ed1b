import { describe, expect, it } from 'vitest';
import { nextYear, playYears } from './play';

describe('play', () => {
  const years = [2026, 2024, 2025];
  it('starts at the first year, or after the single year shown unless it is the last', () => {
    expect(playYears(years, null)).toEqual([2024, 2025, 2026]);
    expect(playYears(years, 2024)).toEqual([2025, 2026]);
    expect(playYears(years, 2026)).toEqual([2024, 2025, 2026]);
  });
  it('steps to the next year and stops after the last', () => {
    expect(nextYear(years, null)).toBe(2024);
    expect(nextYear(years, 2024)).toBe(2025);
    expect(nextYear(years, 2026)).toBeNull();
  });
});
