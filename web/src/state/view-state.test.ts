import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { DEFAULT_RADIUS_KM, initialViewState, selectedSiteCode, viewReducer } from './view-state';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [[[74, 42], [75, 42], [75, 43], [74, 43], [74, 42]]],
};

describe('viewReducer', () => {
  it('shows the core layers, selects nothing, totals all years and uses the offline base at first', () => {
    expect(initialViewState.layers).toMatchObject({ hazardZones: true, restoration: true, sites: true, villages: true });
    expect(initialViewState.selection).toBeNull();
    expect(initialViewState.area).toBeNull();
    expect(initialViewState.year).toBeNull();
    expect(initialViewState.radiusKm).toBe(DEFAULT_RADIUS_KM);
    expect(initialViewState.basemap).toBe('offline');
    expect(initialViewState.hillshade).toBe(false);
  });
  it('toggles one layer and leaves the others alone', () => {
    const next = viewReducer(initialViewState, { type: 'toggleLayer', layer: 'villages' });
    expect(next.layers).toEqual({ ...initialViewState.layers, villages: false });
    expect(viewReducer(next, { type: 'toggleLayer', layer: 'villages' }).layers.villages).toBe(true);
  });
  it('returns the same state when nothing changes', () => {
    expect(viewReducer(initialViewState, { type: 'setLayer', layer: 'sites', visible: true })).toBe(initialViewState);
    expect(viewReducer(initialViewState, { type: 'selectSite', code: null })).toBe(initialViewState);
    expect(viewReducer(initialViewState, { type: 'select', selection: null })).toBe(initialViewState);
    expect(viewReducer(initialViewState, { type: 'setRadius', km: DEFAULT_RADIUS_KM })).toBe(initialViewState);
    expect(viewReducer(initialViewState, { type: 'setArea', area: null })).toBe(initialViewState);
    expect(viewReducer(initialViewState, { type: 'setBasemap', basemap: 'offline' })).toBe(initialViewState);
  });
  it('chooses a sales year and goes back to all years', () => {
    const y2025 = viewReducer(initialViewState, { type: 'setYear', year: 2025 });
    expect(y2025.year).toBe(2025);
    expect(viewReducer(y2025, { type: 'setYear', year: 2025 })).toBe(y2025);
    expect(viewReducer(y2025, { type: 'setYear', year: null }).year).toBeNull();
  });
  it('selects and clears a site with the shorthand', () => {
    const selected = viewReducer(initialViewState, { type: 'selectSite', code: 'KG-J-001' });
    expect(selected.selection).toEqual({ kind: 'site', id: 'KG-J-001' });
    expect(selectedSiteCode(selected)).toBe('KG-J-001');
    expect(viewReducer(selected, { type: 'selectSite', code: 'KG-J-001' })).toBe(selected);
    expect(viewReducer(selected, { type: 'selectSite', code: null }).selection).toBeNull();
  });
  it('selects a village or a region, which is not a site', () => {
    const village = viewReducer(initialViewState, { type: 'select', selection: { kind: 'village', id: 'V1' } });
    expect(village.selection).toEqual({ kind: 'village', id: 'V1' });
    expect(selectedSiteCode(village)).toBeNull();
    const region = viewReducer(village, { type: 'select', selection: { kind: 'region', id: 'KG02' } });
    expect(region.selection).toEqual({ kind: 'region', id: 'KG02' });
  });
  it('keeps a drawn area only while it is the selection', () => {
    const drawn = viewReducer(initialViewState, { type: 'setArea', area: square });
    expect(drawn.selection).toEqual({ kind: 'area', id: 'drawn' });
    expect(drawn.area).toBe(square);
    const site = viewReducer(drawn, { type: 'selectSite', code: 'S1' });
    expect(site.area).toBeNull();
    expect(viewReducer(drawn, { type: 'setArea', area: null })).toEqual(initialViewState);
    expect(viewReducer(site, { type: 'setArea', area: null })).toBe(site);
  });
  it('clamps the exposure radius to 0–100 km', () => {
    expect(viewReducer(initialViewState, { type: 'setRadius', km: 250 }).radiusKm).toBe(100);
    expect(viewReducer(initialViewState, { type: 'setRadius', km: -3 }).radiusKm).toBe(0);
    expect(viewReducer(initialViewState, { type: 'setRadius', km: 12.5 }).radiusKm).toBe(12.5);
  });
  it('switches the base map and hill-shading', () => {
    const web = viewReducer(initialViewState, { type: 'setBasemap', basemap: 'web' });
    expect(web.basemap).toBe('web');
    expect(viewReducer(web, { type: 'setHillshade', on: true }).hillshade).toBe(true);
  });
});
