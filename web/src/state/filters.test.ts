import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, activeFilterCount, setFilter, singleYear } from './filters';
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
