import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { site } from '../test/fixtures';
import { EXPOSURE_RINGS_LAYER_ID, createExposureRingsLayer, exposureRings } from './exposure-rings';

describe('exposureRings', () => {
  const sites = [site({ code: 'A' }), site({ code: 'B' })];
  it('draws a ring around every site when none is selected, and only the selected one when one is', () => {
    expect(exposureRings(sites, 5, null).map((r) => r.properties.siteCode)).toEqual(['A', 'B']);
    expect(exposureRings(sites, 5, 'B').map((r) => r.properties.siteCode)).toEqual(['B']);
  });
  it('draws a ring of the chosen radius (area ≈ π r²), and none at 0 km', () => {
    const [ring] = exposureRings(sites, 10, 'A');
    expect(area(ring!) / 1e6).toBeGreaterThan(310);
    expect(area(ring!) / 1e6).toBeLessThan(316);
    expect(exposureRings(sites, 0, null)).toEqual([]);
  });
  it('has a stable layer id', () => {
    expect(createExposureRingsLayer({ data: [] }).id).toBe(EXPOSURE_RINGS_LAYER_ID);
  });
});
