import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { EMPTY_FILTERS } from './filters';
import { EMPTY_SCOPE, chartScope, isOblastCode, oblastOfRayon } from './chart-scope';
import { MAX_AREA_VERTICES } from './url-state';
import { initialViewState, type ViewState } from './view-state';

const square: Polygon = { type: 'Polygon', coordinates: [[[74, 42], [75.123456, 42], [75, 43], [74, 43], [74, 42]]] };
const view = (over: Partial<ViewState>) => ({ ...initialViewState, ...over });

describe('chartScope', () => {
  it('is empty for the first view', () => {
    expect(chartScope(initialViewState)).toEqual(EMPTY_SCOPE);
  });

  it('carries every filter and the period as the API writes it', () => {
    const filters = {
      ...EMPTY_FILTERS,
      region: 'KG-J',
      rayon: 'KG-J-SUZAK',
      hazard: 'mudflow' as const,
      status: 'works' as const,
      category: 'honey' as const,
      channel: 'fair' as const,
      yearFrom: 2024,
      monthFrom: 3,
      yearTo: 2025,
    };
    expect(chartScope(view({ filters }))).toEqual({
      ...EMPTY_SCOPE,
      region: 'KG-J',
      rayon: 'KG-J-SUZAK',
      hazard: 'mudflow',
      status: 'works',
      category: 'honey',
      channel: 'fair',
      from: '2024-03',
      to: '2025',
    });
  });

  it('maps a selected site to site and a selected village to village, on top of the filters', () => {
    const filters = { ...EMPTY_FILTERS, hazard: 'flood' as const };
    expect(chartScope(view({ filters, selection: { kind: 'site', id: 'KG-J-S01' } }))).toEqual({ ...EMPTY_SCOPE, hazard: 'flood', site: 'KG-J-S01' });
    expect(chartScope(view({ selection: { kind: 'village', id: 'KG-J-V001' } }))).toEqual({ ...EMPTY_SCOPE, village: 'KG-J-V001' });
  });

  it('maps a selected oblast to region (replacing another region filter) and a selected rayon to rayon', () => {
    const otherRegion = { ...EMPTY_FILTERS, region: 'KG-O', rayon: 'KG-O-ALAY' };
    expect(chartScope(view({ filters: otherRegion, selection: { kind: 'region', id: 'KG-J' } }))).toEqual({ ...EMPTY_SCOPE, region: 'KG-J' });
    const sameRegion = { ...EMPTY_FILTERS, region: 'KG-J', rayon: 'KG-J-SUZAK' };
    expect(chartScope(view({ filters: sameRegion, selection: { kind: 'region', id: 'KG-J' } }))).toMatchObject({ region: 'KG-J', rayon: 'KG-J-SUZAK' });
    expect(chartScope(view({ filters: sameRegion, selection: { kind: 'region', id: 'KG-J-AKSY' } }))).toMatchObject({ region: 'KG-J', rayon: 'KG-J-AKSY' });
    expect(chartScope(view({ filters: otherRegion, selection: { kind: 'region', id: 'KG-J-AKSY' } }))).toMatchObject({ region: null, rayon: 'KG-J-AKSY' });
    expect(chartScope(view({ selection: { kind: 'region', id: 'KG-GB' } }))).toMatchObject({ region: 'KG-GB', rayon: null });
  });

  it('maps a drawn area to the address text of its outline, and ignores one too large to send', () => {
    const scope = chartScope(view({ selection: { kind: 'area', id: 'drawn' }, area: square }));
    expect(scope).toEqual({ ...EMPTY_SCOPE, area: '74,42;75.12346,42;75,43;74,43' });
    const ring = Array.from({ length: MAX_AREA_VERTICES + 1 }, (_, i) => [74 + Math.cos(i), 42 + Math.sin(i)]);
    const huge: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
    expect(chartScope(view({ selection: { kind: 'area', id: 'drawn' }, area: huge })).area).toBeNull();
  });

  it('tells oblast and city codes from rayon codes', () => {
    expect(isOblastCode('KG-J')).toBe(true);
    expect(isOblastCode('KG-GB')).toBe(true);
    expect(isOblastCode('KG-J-SUZAK')).toBe(false);
    expect(oblastOfRayon('KG-J-SUZAK')).toBe('KG-J');
    expect(oblastOfRayon('nonsense')).toBeNull();
  });
});
