// The play button's steps, as pure functions (tested without a DOM or a clock).

/** One step per this many milliseconds: long enough to read the charts and the map at each year. */
export const PLAY_STEP_MS = 1500;
/** With prefers-reduced-motion the view changes half as often. */
export const PLAY_STEP_REDUCED_MS = 3000;

/**
 * The years play shows, in order: from the year after the one shown when a single year is shown (and it is not the
 * last), else from the first.
 */
export function playYears(years: readonly number[], shown: number | null): number[] {
  const sorted = [...years].sort((a, b) => a - b);
  const i = shown === null ? -1 : sorted.indexOf(shown);
  return i >= 0 && i < sorted.length - 1 ? sorted.slice(i + 1) : sorted;
}

/** The year after `current` in `years`, or null at the end (play stops there). */
export function nextYear(years: readonly number[], current: number | null): number | null {
  const sorted = [...years].sort((a, b) => a - b);
  if (current === null) return sorted[0] ?? null;
  return sorted.find((y) => y > current) ?? null;
}
