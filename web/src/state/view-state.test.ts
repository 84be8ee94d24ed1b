import { describe, expect, it } from 'vitest';
import { initialViewState, viewReducer } from './view-state';

describe('viewReducer', () => {
  it('shows every layer, selects nothing and totals all years at first', () => {
    expect(initialViewState).toEqual({
      layers: { hazardZones: true, restoration: true, sites: true, villages: true },
      selectedSite: null,
      year: null,
    });
  });
  it('toggles one layer and leaves the others alone', () => {
    const next = viewReducer(initialViewState, { type: 'toggleLayer', layer: 'villages' });
    expect(next.layers).toEqual({ hazardZones: true, restoration: true, sites: true, villages: false });
    expect(viewReducer(next, { type: 'toggleLayer', layer: 'villages' }).layers.villages).toBe(true);
  });
  it('returns the same state when nothing changes', () => {
    expect(viewReducer(initialViewState, { type: 'setLayer', layer: 'sites', visible: true })).toBe(initialViewState);
    expect(viewReducer(initialViewState, { type: 'selectSite', code: null })).toBe(initialViewState);
  });
  it('chooses a sales year and goes back to all years', () => {
    const y2025 = viewReducer(initialViewState, { type: 'setYear', year: 2025 });
    expect(y2025.year).toBe(2025);
    expect(viewReducer(y2025, { type: 'setYear', year: 2025 })).toBe(y2025);
    expect(viewReducer(y2025, { type: 'setYear', year: null }).year).toBeNull();
  });
  it('selects and clears a site', () => {
    const selected = viewReducer(initialViewState, { type: 'selectSite', code: 'KG-J-001' });
    expect(selected.selectedSite).toBe('KG-J-001');
    expect(viewReducer(selected, { type: 'selectSite', code: null }).selectedSite).toBeNull();
  });
});
