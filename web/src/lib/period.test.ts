import { describe, expect, it } from 'vitest';
import { ALL_YEARS, optionToYear, salesYears, yearToOption } from './period';

describe('salesYears', () => {
  it('lists each year from the first with sales to this year, newest first', () => {
    expect(salesYears(new Date(2026, 5, 1), 2024)).toEqual([2026, 2025, 2024]);
  });
  it('still offers the first year when the clock is earlier', () => {
    expect(salesYears(new Date(2020, 0, 1), 2024)).toEqual([2024]);
  });
});

describe('year options', () => {
  it('round-trip a year and "all years"', () => {
    expect(optionToYear(yearToOption(2025))).toBe(2025);
    expect(yearToOption(null)).toBe(ALL_YEARS);
    expect(optionToYear(ALL_YEARS)).toBeNull();
    expect(optionToYear('20x5')).toBeNull();
  });
});
