import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  NO_PERIOD,
  activeFilterCount,
  hasMonths,
  hasPeriod,
  normalisePeriod,
  periodBounds,
  setFilter,
  setPeriod,
  singleYear,
  toggleFilter,
} from './filters';
import { initialViewState, viewReducer } from './view-state';

describe('setFilter', () => {
  it('sets one filter and returns the same object when nothing changes', () => {
    const next = setFilter(EMPTY_FILTERS, 'hazard', 'mudflow');
    expect(next).toEqual({ ...EMPTY_FILTERS, hazard: 'mudflow' });
    expect(setFilter(next, 'hazard', 'mudflow')).toBe(next);
  });
  it('drops the rayon when the region changes', () => {
    const f = { ...EMPTY_FILTERS, region: 'KG-J', rayon: 'KG-J-R1' };
    expect(setFilter(f, 'region', 'KG-O')).toMatchObject({ region: 'KG-O', rayon: null });
  });
  it('never lets a year range run backwards', () => {
    const f = { ...EMPTY_FILTERS, yearFrom: 2024, yearTo: 2025 };
    expect(setFilter(f, 'yearFrom', 2026)).toMatchObject({ yearFrom: 2026, yearTo: 2026 });
    expect(setFilter(f, 'yearTo', 2023)).toMatchObject({ yearFrom: 2023, yearTo: 2023 });
  });
  it('counts a year range once and names its single year', () => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, region: 'KG-J', yearFrom: 2024, yearTo: 2025 })).toBe(2);
    expect(singleYear({ yearFrom: 2024, yearTo: 2024 })).toBe(2024);
    expect(singleYear({ yearFrom: 2024, yearTo: null })).toBeNull();
  });
});

describe('the view reducer with filters, currency and position', () => {
  it('keeps year equal to a one-year range, both ways', () => {
    const a = viewReducer(initialViewState, { type: 'setYear', year: 2024 });
    expect(a.filters).toMatchObject({ yearFrom: 2024, yearTo: 2024 });
    const b = viewReducer(a, { type: 'setFilter', key: 'yearTo', value: 2025 });
    expect(b.year).toBeNull();
    expect(viewReducer(b, { type: 'clearFilters' })).toMatchObject({ filters: EMPTY_FILTERS, year: null });
  });
  it('switches currency and records the map position', () => {
    const s = viewReducer(initialViewState, { type: 'setCurrency', currency: 'USD' });
    expect(s.currency).toBe('USD');
    expect(viewReducer(s, { type: 'setCurrency', currency: 'USD' })).toBe(s);
    expect(viewReducer(s, { type: 'setView', view: { lon: 73, lat: 41, zoom: 8 } }).view).toEqual({ lon: 73, lat: 41, zoom: 8 });
  });
});

describe('channel, months and the period', () => {
  it('a second toggle of the same value clears the filter', () => {
    const on = toggleFilter(EMPTY_FILTERS, 'channel', 'fair');
    expect(on.channel).toBe('fair');
    expect(toggleFilter(on, 'channel', 'online').channel).toBe('online');
    expect(toggleFilter(on, 'channel', 'fair').channel).toBeNull();
  });
  it('counts the channel as a filter and a period with months once', () => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, channel: 'fair', yearFrom: 2024, yearTo: 2024, monthFrom: 2, monthTo: 4 })).toBe(2);
  });
  it('writes the period as the API takes it: years, or year-months at the ends that have a month', () => {
    expect(periodBounds(EMPTY_FILTERS)).toEqual({ from: null, to: null });
    expect(periodBounds({ yearFrom: 2024, yearTo: 2025, monthFrom: null, monthTo: null })).toEqual({ from: '2024', to: '2025' });
    expect(periodBounds({ yearFrom: 2024, yearTo: 2024, monthFrom: 3, monthTo: 11 })).toEqual({ from: '2024-03', to: '2024-11' });
  });
  it('drops a month whose year is cleared and never lets months run backwards within one year', () => {
    const f = { ...EMPTY_FILTERS, yearFrom: 2024, yearTo: 2024, monthFrom: 3, monthTo: 5 };
    expect(setFilter(f, 'yearFrom', null)).toMatchObject({ yearFrom: null, monthFrom: null, yearTo: 2024, monthTo: 5 });
    expect(setFilter(f, 'monthFrom', 8)).toMatchObject({ monthFrom: 8, monthTo: 8 });
    expect(setFilter(f, 'monthTo', 1)).toMatchObject({ monthFrom: 1, monthTo: 1 });
    expect(normalisePeriod({ yearFrom: null, yearTo: null, monthFrom: 4, monthTo: 5 })).toEqual(NO_PERIOD);
  });
  it('setPeriod replaces years and months together and keeps the object when nothing changes', () => {
    const f = setPeriod(EMPTY_FILTERS, { yearFrom: 2025, yearTo: 2025, monthFrom: 1, monthTo: 6 });
    expect(f).toMatchObject({ yearFrom: 2025, yearTo: 2025, monthFrom: 1, monthTo: 6 });
    expect(setPeriod(f, { yearFrom: 2025, yearTo: 2025, monthFrom: 1, monthTo: 6 })).toBe(f);
    expect(hasMonths(f)).toBe(true);
    expect(hasPeriod(setPeriod(f, NO_PERIOD))).toBe(false);
  });
});

describe('the view reducer with chart clicks and the period control', () => {
  it('a year clicked once narrows the period to it, clicked again clears the period', () => {
    const a = viewReducer(initialViewState, { type: 'toggleYear', year: 2025 });
    expect(a.filters).toMatchObject({ yearFrom: 2025, yearTo: 2025 });
    expect(a.year).toBe(2025);
    const b = viewReducer(a, { type: 'toggleYear', year: 2025 });
    expect(b.filters).toEqual(EMPTY_FILTERS);
    expect(b.year).toBeNull();
  });
  it('a region, channel or category clicked twice is set and then cleared', () => {
    for (const [key, value] of [['region', 'KG-J'], ['channel', 'export'], ['category', 'felt']] as const) {
      const on = viewReducer(initialViewState, { type: 'toggleFilter', key, value });
      expect(on.filters[key]).toBe(value);
      expect(viewReducer(on, { type: 'toggleFilter', key, value }).filters[key]).toBeNull();
    }
  });
  it('setYear drops months; setPeriod keeps the totals year in step', () => {
    const months = viewReducer(initialViewState, { type: 'setPeriod', period: { yearFrom: 2024, yearTo: 2024, monthFrom: 2, monthTo: 3 } });
    expect(months.year).toBe(2024);
    expect(viewReducer(months, { type: 'setYear', year: 2025 }).filters).toMatchObject({ yearFrom: 2025, yearTo: 2025, monthFrom: null, monthTo: null });
  });
});
