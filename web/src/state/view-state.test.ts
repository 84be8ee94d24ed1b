import { describe, expect, it } from 'vitest';
import { initialViewState, viewReducer } from './view-state';

describe('viewReducer', () => {
  it('shows both layers and selects nothing at first', () => {
    expect(initialViewState).toEqual({ layers: { sites: true, villages: true }, selectedSite: null });
  });
  it('toggles one layer and leaves the other alone', () => {
    const next = viewReducer(initialViewState, { type: 'toggleLayer', layer: 'villages' });
    expect(next.layers).toEqual({ sites: true, villages: false });
    expect(viewReducer(next, { type: 'toggleLayer', layer: 'villages' }).layers.villages).toBe(true);
  });
  it('returns the same state when nothing changes', () => {
    expect(viewReducer(initialViewState, { type: 'setLayer', layer: 'sites', visible: true })).toBe(initialViewState);
    expect(viewReducer(initialViewState, { type: 'selectSite', code: null })).toBe(initialViewState);
  });
  it('selects and clears a site', () => {
    const selected = viewReducer(initialViewState, { type: 'selectSite', code: 'KG-J-001' });
    expect(selected.selectedSite).toBe('KG-J-001');
    expect(viewReducer(selected, { type: 'selectSite', code: null }).selectedSite).toBeNull();
  });
});
