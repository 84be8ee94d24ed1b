import { describe, expect, it } from 'vitest';
import { changedStates, featureStates, type VisibilityInput } from './map-visibility';

const targets = {
  sites: ['sites', 'rings'],
  villages: ['villages'],
  tilesBySite: [['zones-src', 'hazard_zones'] as [string, string]],
  tilesByVillage: [['groups-src', 'producer_groups'] as [string, string]],
};
const none = { region: null, rayon: null, hazard: null, status: null, category: null };
const input = (over: Partial<VisibilityInput> = {}): VisibilityInput => ({
  filters: none,
  siteCodes: ['S1', 'S2', 'S3'],
  villageCodes: ['V1', 'V2'],
  shownSiteCodes: ['S1', 'S2', 'S3'],
  shownVillageCodes: ['V1', 'V2'],
  ...over,
});
const hidden = (states: ReadonlyMap<string, { hidden: boolean }>) => [...states].filter(([, s]) => s.hidden).map(([id]) => id);

describe('feature states for the filters', () => {
  it('hides nothing when no filter narrows the sites, even if an answer lacks some codes', () => {
    const out = featureStates(input({ shownSiteCodes: ['S1'] }), targets);
    for (const t of out) expect(hidden(t.states)).toEqual([]);
  });

  it('hides the sites a filter leaves out, in every source keyed by site code', () => {
    const out = featureStates(input({ filters: { ...none, hazard: 'mudflow' }, shownSiteCodes: ['S2'], shownVillageCodes: ['V2'] }), targets);
    const bySource = Object.fromEntries(out.map((t) => [`${t.source}/${t.sourceLayer ?? ''}`, hidden(t.states)]));
    expect(bySource).toEqual({
      'sites/': ['S1', 'S3'],
      'rings/': ['S1', 'S3'],
      'villages/': ['V1'],
      'zones-src/hazard_zones': ['S1', 'S3'],
      'groups-src/producer_groups': ['V1'],
    });
  });

  it('gives every village the category shown to its producer groups, and none to the villages source', () => {
    const out = featureStates(input({ filters: { ...none, category: 'felt' } }), targets);
    const groups = out.find((t) => t.source === 'groups-src')!;
    expect([...groups.states.values()].map((s) => s.category)).toEqual(['felt', 'felt']);
    const villages = out.find((t) => t.source === 'villages')!;
    expect([...villages.states.values()].every((s) => s.category === undefined && !s.hidden)).toBe(true);
    const all = featureStates(input(), targets).find((t) => t.source === 'groups-src')!;
    expect([...all.states.values()].map((s) => s.category)).toEqual(['', '']);
  });
});

describe('state changes', () => {
  it('lists the first time only the ids whose state is not the default (shown, every category), then those that differ', () => {
    const first = new Map([['A', { hidden: false }], ['B', { hidden: true }], ['G', { hidden: false, category: '' }], ['H', { hidden: false, category: 'felt' }]]);
    expect(changedStates(undefined, first).map(([id]) => id)).toEqual(['B', 'H']);
    const next = new Map([['A', { hidden: false }], ['B', { hidden: false }], ['C', { hidden: false }]]);
    expect(changedStates(first, next)).toEqual([['B', { hidden: false }]]);
    // A category set before is cleared when it goes back to every category.
    expect(changedStates(first, new Map([['H', { hidden: false, category: '' }]]))).toEqual([['H', { hidden: false, category: '' }]]);
    expect(changedStates(next, new Map(next))).toEqual([]);
  });

  it('counts a category change as a change', () => {
    const before = new Map([['V', { hidden: false, category: '' }]]);
    expect(changedStates(before, new Map([['V', { hidden: false, category: 'honey' }]]))).toHaveLength(1);
  });
});
