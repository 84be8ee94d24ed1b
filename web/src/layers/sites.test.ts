import { describe, expect, it } from 'vitest';
import { HAZARD_COLORS, SELECTED_OUTLINE, SITE_RADIUS_PX, STATUS_OUTLINES } from '../lib/config';
import { site } from '../test/fixtures';
import { SITES_LAYER_ID, createSitesLayer, siteFillColor, siteLineColor, siteLineWidth, sitePosition, siteRadius } from './sites';

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

describe('createSitesLayer', () => {
  it('has a stable id, pixel units, picking, and passes visibility through', () => {
    const layer = createSitesLayer({ data: [site()], visible: false, selectedCode: 'KG-J-001' });
    expect(layer.id).toBe(SITES_LAYER_ID);
    expect(layer.props.visible).toBe(false);
    expect(layer.props.pickable).toBe(true);
    expect(layer.props.radiusUnits).toBe('pixels');
    expect(layer.props.updateTriggers).toMatchObject({ getLineColor: ['KG-J-001'] });
  });
});
