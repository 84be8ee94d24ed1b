// The sales years the totals can be narrowed to: from the first year with sales (config) to the current year.
import { SALES_FIRST_YEAR } from './config';

/** Years from `first` to the year of `now`, newest first; at least `first` even if the clock is behind. */
export function salesYears(now: Date = new Date(), first: number = SALES_FIRST_YEAR): number[] {
  const last = Math.max(first, now.getFullYear());
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** The select's value for a year (null = all years) and back; anything else is "all years". */
export const ALL_YEARS = 'all';
export const yearToOption = (year: number | null): string => (year === null ? ALL_YEARS : String(year));
export function optionToYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  return Number(value);
}
