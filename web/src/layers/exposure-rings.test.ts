import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { site } from '../test/fixtures';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import {
  EXPOSURE_RINGS_LAYER_ID,
  EXPOSURE_RINGS_SOURCE_ID,
  createExposureRingsLayers,
  exposureRings,
  exposureRingsSource,
} from './exposure-rings';

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
  it('has a stable layer id, passes visibility through, and is a valid MapLibre style with its source', () => {
    const [fill, line] = createExposureRingsLayers();
    expect(fill.id).toBe(EXPOSURE_RINGS_LAYER_ID);
    expect(createExposureRingsLayers(false).map((l) => l.layout?.visibility)).toEqual(['none', 'none']);
    const style: StyleSpecification = { version: 8, sources: { [EXPOSURE_RINGS_SOURCE_ID]: exposureRingsSource() }, layers: [fill, line] };
    expect(validateStyleMin(style)).toEqual([]);
  });
});
