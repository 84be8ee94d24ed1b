// Progress and status of one results-framework value (World Bank ISR style: baseline, a target per year,
// the actual reported for that year). The rule is stated once here and, for readers of the API, in the
// OpenAPI description of GET /api/summary/indicators (STATUS_RULE below); the unit tests hold them together.
import type { IndicatorStatus } from '../schemas/summaries.ts';

export const ON_TRACK_RATIO = 0.9;
export const AT_RISK_RATIO = 0.6;

export const STATUS_RULE =
  'percentOfTarget = (actual − baseline) / (target − baseline) × 100 with the target set for that year; for an ' +
  'indicator where lower is better it is the same ratio, (baseline − actual) / (baseline − target). ' +
  'expectedPercent is the share of that target expected by the end of the year: 100 when the year carries an ' +
  'interim target (one that differs from endTarget, the target of the last year on record), otherwise the ' +
  'elapsed share of the programme 2024→2029 at the end of that year ((year − 2023) / 6, e.g. 2025 → 33.3). ' +
  'status: no_data when actual is null; on_track when the actual meets the year\'s target (≥ it, or ≤ it when ' +
  'lower is better); otherwise progress = percentOfTarget / expectedPercent: ≥ 0.9 on_track, ≥ 0.6 at_risk, ' +
  'else off_track (a target equal to the baseline that the actual falls short of is off_track).';

export interface IndicatorValueInput {
  year: number;
  baseline: number;
  target: number;
  endTarget: number;
  actual: number | null;
  higherIsBetter: boolean;
}

export interface IndicatorProgress {
  percentOfTarget: number | null;
  expectedPercent: number;
  status: IndicatorStatus;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Elapsed share (0–1) of the programme years at the end of `year`. */
export function elapsedShare(year: number, startYear: number, endYear: number): number {
  const share = (year - startYear + 1) / (endYear - startYear + 1);
  return Math.min(1, Math.max(0, share));
}

export function indicatorProgress(
  v: IndicatorValueInput,
  programme: { startYear: number; endYear: number },
): IndicatorProgress {
  const interim = v.target !== v.endTarget;
  const expected = interim ? 1 : elapsedShare(v.year, programme.startYear, programme.endYear);
  const expectedPercent = round1(expected * 100);
  if (v.actual === null) return { percentOfTarget: null, expectedPercent, status: 'no_data' };

  const gap = v.target - v.baseline;
  const progress = gap === 0 ? null : (v.actual - v.baseline) / gap;
  const percentOfTarget = progress === null ? null : round1(progress * 100);
  const met = v.higherIsBetter ? v.actual >= v.target : v.actual <= v.target;
  if (met) return { percentOfTarget, expectedPercent, status: 'on_track' };
  if (progress === null || expected === 0) return { percentOfTarget, expectedPercent, status: 'off_track' };
  const ratio = progress / expected;
  const status: IndicatorStatus = ratio >= ON_TRACK_RATIO ? 'on_track' : ratio >= AT_RISK_RATIO ? 'at_risk' : 'off_track';
  return { percentOfTarget, expectedPercent, status };
}
