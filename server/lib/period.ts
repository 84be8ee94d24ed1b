// A period from `from` and `to`, each a year (YYYY) or a month (YYYY-MM), as the dates SQL compares with:
// the first day of `from` and the first day after `to` (so to=2024 takes in December 2024).

export interface Period {
  /** YYYY-MM-DD, or null when open. */
  start: string | null;
  /** YYYY-MM-DD, the first day after the period, or null when open. */
  end: string | null;
}

const PERIOD = /^(\d{4})(?:-(\d{2}))?$/;

function parts(text: string): { year: number; month: number | null } {
  const m = PERIOD.exec(text);
  if (!m) throw new Error(`not a period: ${text}`);
  return { year: Number(m[1]), month: m[2] === undefined ? null : Number(m[2]) };
}

const iso = (year: number, month: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;

export function periodStart(text: string): string {
  const { year, month } = parts(text);
  return iso(year, month ?? 1);
}

export function periodEnd(text: string): string {
  const { year, month } = parts(text);
  if (month === null || month === 12) return iso(year + 1, 1);
  return iso(year, month + 1);
}

/** The period, or a sentence saying why it is empty (from after to). Formats are checked by the schema. */
export function parsePeriod(from: string | undefined, to: string | undefined): Period | { error: string } {
  const start = from === undefined ? null : periodStart(from);
  const end = to === undefined ? null : periodEnd(to);
  if (start !== null && end !== null && start >= end) {
    return { error: `Query parameters from and to give an empty period: from (${from}) is after to (${to}). Swap them or widen the period.` };
  }
  return { start, end };
}
