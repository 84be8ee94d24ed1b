import { describe, expect, it } from 'vitest';
import { elapsedShare, indicatorProgress, STATUS_RULE } from './indicator-status.ts';

const programme = { startYear: 2024, endYear: 2029 };
const value = (over: Partial<Parameters<typeof indicatorProgress>[0]>) =>
  indicatorProgress({ year: 2025, baseline: 0, target: 100, endTarget: 500, actual: 0, higherIsBetter: true, ...over }, programme);

describe('indicator progress and status', () => {
  it('the elapsed share counts whole programme years, 2024 → 1/6 to 2029 → 1', () => {
    expect(elapsedShare(2024, 2024, 2029)).toBeCloseTo(1 / 6);
    expect(elapsedShare(2029, 2024, 2029)).toBe(1);
    expect(elapsedShare(2031, 2024, 2029)).toBe(1);
    expect(elapsedShare(2020, 2024, 2029)).toBe(0);
  });

  it('a null actual is no_data', () => {
    expect(value({ actual: null })).toEqual({ percentOfTarget: null, expectedPercent: 100, status: 'no_data' });
  });

  it('against an interim target, 90% of it is on track, 60% at risk, less off track', () => {
    expect(value({ actual: 90 })).toMatchObject({ percentOfTarget: 90, status: 'on_track' });
    expect(value({ actual: 89 })).toMatchObject({ status: 'at_risk' });
    expect(value({ actual: 60 })).toMatchObject({ status: 'at_risk' });
    expect(value({ actual: 59 })).toMatchObject({ status: 'off_track' });
  });

  it('against the end target only, progress is compared with the elapsed share of 2024–2029', () => {
    // 2025: 2 of 6 years gone, so 33.3% of the end target is expected; 30% of it is 0.9 of that.
    const r = value({ target: 500, endTarget: 500, actual: 150 });
    expect(r).toMatchObject({ percentOfTarget: 30, expectedPercent: 33.3, status: 'on_track' });
    expect(value({ target: 500, endTarget: 500, actual: 100 }).status).toBe('at_risk'); // 20 / 33.3 = 0.6
    expect(value({ target: 500, endTarget: 500, actual: 99 }).status).toBe('off_track');
  });

  it('lower is better: the same ratio, read the other way', () => {
    const r = value({ baseline: 100, target: 50, endTarget: 20, actual: 60, higherIsBetter: false });
    expect(r).toMatchObject({ percentOfTarget: 80, status: 'at_risk' });
    expect(value({ baseline: 100, target: 50, endTarget: 20, actual: 45, higherIsBetter: false }).status).toBe('on_track');
  });

  it('a target already met is on track, even a floor below the baseline', () => {
    expect(value({ baseline: 66.62, target: 60, endTarget: 60, actual: 66.59 }).status).toBe('on_track');
    expect(value({ baseline: 63, target: 63, endTarget: 94.5, actual: 63 })).toMatchObject({
      percentOfTarget: null,
      status: 'on_track',
    });
  });

  it('a target equal to the baseline that the actual misses is off track', () => {
    expect(value({ baseline: 10, target: 10, endTarget: 50, actual: 9 }).status).toBe('off_track');
  });

  it('the published rule names the thresholds the code uses', () => {
    expect(STATUS_RULE).toContain('≥ 0.9 on_track, ≥ 0.6 at_risk');
    expect(STATUS_RULE).toContain('2024→2029');
  });
});
