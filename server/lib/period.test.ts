import { describe, expect, it } from 'vitest';
import { parsePeriod, periodEnd, periodStart } from './period.ts';

describe('periods from YYYY or YYYY-MM', () => {
  it('a year runs from its 1 January to the next 1 January', () => {
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodEnd('2024')).toBe('2025-01-01');
  });

  it('a month runs to the first day of the next month, December into January', () => {
    expect(periodStart('2024-06')).toBe('2024-06-01');
    expect(periodEnd('2024-06')).toBe('2024-07-01');
    expect(periodEnd('2024-12')).toBe('2025-01-01');
  });

  it('from and to may be one month, or open on either side', () => {
    expect(parsePeriod('2024-06', '2024-06')).toEqual({ start: '2024-06-01', end: '2024-07-01' });
    expect(parsePeriod(undefined, '2024')).toEqual({ start: null, end: '2025-01-01' });
    expect(parsePeriod('2025', undefined)).toEqual({ start: '2025-01-01', end: null });
  });

  it('from after to is an error that says which is which', () => {
    const r = parsePeriod('2025', '2024-12');
    expect(r).toEqual({ error: expect.stringContaining('from (2025) is after to (2024-12)') });
  });
});
