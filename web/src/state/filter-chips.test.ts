import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters';
import { filterChips } from './filter-chips';
import { initialViewState, viewReducer, type ViewState } from './view-state';

const busy: ViewState = {
  ...initialViewState,
  filters: { ...EMPTY_FILTERS, region: 'KG-J', rayon: 'KG-J-SUZAK', hazard: 'mudflow', category: 'honey', channel: 'online', yearFrom: 2024, yearTo: 2025, monthTo: 6 },
  selection: { kind: 'site', id: 'KG-J-S01' },
};

describe('filterChips', () => {
  it('shows nothing for the first view', () => {
    expect(filterChips(initialViewState)).toEqual([]);
  });

  it('shows one chip per active filter, the period once, and the selection', () => {
    const chips = filterChips(busy);
    expect(chips.map((c) => c.kind)).toEqual(['region', 'rayon', 'hazard', 'category', 'channel', 'period', 'selection']);
    expect(chips.find((c) => c.kind === 'period')).toMatchObject({ from: '2024', to: '2025-06' });
  });

  it('each chip removes exactly what it shows, and removing them all gives the first view', () => {
    let state = busy;
    for (const { id } of filterChips(busy)) {
      const chip = filterChips(state).find((c) => c.id === id);
      if (!chip) continue; // the rayon went with its region
      const before = filterChips(state).length;
      state = viewReducer(state, chip.remove);
      const kinds = filterChips(state).map((c) => c.kind);
      expect(kinds).not.toContain(chip.kind);
      // Removing the region also drops its rayon (a rayon belongs to its region).
      expect(kinds.length).toBe(before - (chip.kind === 'region' ? 2 : 1));
    }
    expect(state.filters).toEqual(EMPTY_FILTERS);
    expect(state.selection).toBeNull();
    expect(state.year).toBeNull();
  });
});
