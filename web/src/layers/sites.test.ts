import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { HAZARD_COLORS, HAZARD_ORDER, SELECTED_OUTLINE, SITE_RADIUS_PX, STATUS_ORDER, STATUS_OUTLINES } from '../lib/config';
import { evaluatePaint } from '../test/style-expression';
import { site } from '../test/fixtures';
import {
  SITES_LAYER_ID,
  SITES_SOURCE_ID,
  createSitesLayer,
  siteFillColor,
  siteLineColor,
  siteLineWidth,
  sitePosition,
  siteRadius,
  sitesData,
  sitesSource,
} from './sites';
import { rgbaCss } from './tile-layer';

describe('site accessors', () => {
  it('fills each hazard type with its own Okabe–Ito colour', () => {
    expect(siteFillColor(site({ hazardType: 'mudflow' }).properties)).toEqual([230, 159, 0, 255]);
    expect(siteFillColor(site({ hazardType: 'flood' }).properties)).toEqual([0, 114, 178, 255]);
    const colours = Object.values(HAZARD_COLORS).map((c) => c.join(','));
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('outlines by status, thicker and darker along the lifecycle', () => {
    const p = (status: 'identified' | 'completed') => site({ status }).properties;
    expect(siteLineColor(p('identified'), null)).toEqual(STATUS_OUTLINES.identified.color);
    expect(siteLineWidth(p('completed'), null)).toBeGreaterThan(siteLineWidth(p('identified'), null));
  });

  it('marks the selected site with a larger dot and its own outline', () => {
    const p = site({ code: 'A' }).properties;
    expect(siteLineColor(p, 'A')).toEqual(SELECTED_OUTLINE);
    expect(siteRadius(p, 'A')).toBeGreaterThan(SITE_RADIUS_PX);
    expect(siteRadius(p, 'B')).toBe(SITE_RADIUS_PX);
  });

  it('reads the position from the point geometry', () => {
    expect(sitePosition(site({}, [74.6, 42.9]))).toEqual([74.6, 42.9]);
  });
});

describe('createSitesLayer (MapLibre circle layer)', () => {
  const paint = (property: string, value: unknown, props: object, state: object = {}) => evaluatePaint('paint_circle', property, value, props, state);
  const asCss = (c: readonly number[]) => evaluatePaint('paint_circle', 'circle-color', rgbaCss(c));

  it('has a stable id and source, pixel sizes, and passes visibility through', () => {
    const layer = createSitesLayer({ visible: false });
    expect(layer.id).toBe(SITES_LAYER_ID);
    expect(layer.source).toBe(SITES_SOURCE_ID);
    expect(layer.type).toBe('circle');
    expect(layer.layout?.visibility).toBe('none');
    expect(createSitesLayer().layout?.visibility).toBe('visible');
    expect(layer.paint?.['circle-pitch-alignment']).toBe('viewport');
  });

  it('paints what the accessors say, for every hazard type and status, and marks the selected site (its feature state)', () => {
    const layer = createSitesLayer();
    for (const hazardType of HAZARD_ORDER) {
      for (const status of STATUS_ORDER) {
        const p = site({ code: 'B', hazardType, status }).properties;
        expect(paint('circle-color', layer.paint!['circle-color'], p)).toBe(asCss(siteFillColor(p)));
        expect(paint('circle-stroke-color', layer.paint!['circle-stroke-color'], p)).toBe(asCss(siteLineColor(p, 'A')));
        expect(paint('circle-stroke-width', layer.paint!['circle-stroke-width'], p)).toBe(siteLineWidth(p, 'A'));
        expect(paint('circle-radius', layer.paint!['circle-radius'], p)).toBe(siteRadius(p, 'A'));
      }
    }
    for (const status of STATUS_ORDER) {
      const selected = site({ code: 'A', status }).properties;
      const state = { selected: true };
      expect(paint('circle-stroke-color', layer.paint!['circle-stroke-color'], selected, state)).toBe(asCss(SELECTED_OUTLINE));
      expect(paint('circle-radius', layer.paint!['circle-radius'], selected, state)).toBe(siteRadius(selected, 'A'));
      expect(paint('circle-stroke-width', layer.paint!['circle-stroke-width'], selected, state)).toBe(siteLineWidth(selected, 'A'));
      // Unselected again (the state set back to false).
      expect(paint('circle-radius', layer.paint!['circle-radius'], selected, { selected: false })).toBe(siteRadius(selected, null));
    }
  });

  it('greys out a hazard type the palette does not know instead of failing', () => {
    expect(paint('circle-color', createSitesLayer().paint!['circle-color'], { hazardType: 'meteor' })).toBe('rgba(128,128,128,1)');
  });

  it('draws a site the filters leave out (feature state hidden) fully transparent, fill and outline', () => {
    const layer = createSitesLayer();
    for (const property of ['circle-opacity', 'circle-stroke-opacity'] as const) {
      const value = layer.paint![property];
      expect(evaluatePaint('paint_circle', property, value, site({}).properties, {})).toBe(1);
      expect(evaluatePaint('paint_circle', property, value, site({}).properties, { hidden: true })).toBe(0);
    }
    expect(sitesSource().promoteId).toBe('code');
  });

  it('is a valid MapLibre style with its GeoJSON source, and the data keeps point sites only', () => {
    const style: StyleSpecification = { version: 8, sources: { [SITES_SOURCE_ID]: sitesSource() }, layers: [createSitesLayer()] };
    expect(validateStyleMin(style)).toEqual([]);
    const polygon = { ...site({ code: 'P' }), geometry: { type: 'Polygon', coordinates: [] } } as unknown as ReturnType<typeof site>;
    expect(sitesData([site({ code: 'A' }), polygon]).features.map((f) => f.properties?.code)).toEqual(['A']);
  });
});
