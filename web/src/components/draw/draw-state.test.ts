import { area as turfArea } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { drawPreview, drawReducer, drawnPolygon, finishesOnClick, idleDraw, type DrawAction, type DrawState } from './draw-state';

const run = (...actions: DrawAction[]): DrawState => actions.reduce(drawReducer, idleDraw);

describe('drawing a polygon', () => {
  it('adds a vertex per click and closes the ring when finished', () => {
    const s = run(
      { type: 'start', mode: 'polygon' },
      { type: 'click', at: [74, 42] },
      { type: 'click', at: [75, 42] },
      { type: 'click', at: [75, 43] },
    );
    expect(s.vertices).toHaveLength(3);
    expect(drawnPolygon(s)?.coordinates[0]).toEqual([[74, 42], [75, 42], [75, 43], [74, 42]]);
  });
  it('is not an area with fewer than three vertices', () => {
    expect(drawnPolygon(run({ type: 'start', mode: 'polygon' }, { type: 'click', at: [74, 42] }, { type: 'click', at: [75, 42] }))).toBeNull();
  });
  it('counts the two clicks of a double-click once', () => {
    const s = run({ type: 'start', mode: 'polygon' }, { type: 'click', at: [74, 42] }, { type: 'click', at: [74, 42] });
    expect(s.vertices).toHaveLength(1);
  });
  it('takes back the last vertex and cancels back to idle', () => {
    const s = run({ type: 'start', mode: 'polygon' }, { type: 'click', at: [74, 42] }, { type: 'click', at: [75, 42] }, { type: 'undo' });
    expect(s.vertices).toEqual([[74, 42]]);
    expect(drawReducer(s, { type: 'cancel' })).toBe(idleDraw);
  });
  it('finishes on a click on the first vertex once it has three', () => {
    const two = run({ type: 'start', mode: 'polygon' }, { type: 'click', at: [74, 42] }, { type: 'click', at: [75, 42] });
    expect(finishesOnClick(two, true)).toBe(false);
    expect(finishesOnClick(drawReducer(two, { type: 'click', at: [75, 43] }), true)).toBe(true);
    expect(finishesOnClick(drawReducer(two, { type: 'click', at: [75, 43] }), false)).toBe(false);
  });
  it('previews the edges, the rubber band to the pointer, the closing edge and the vertices', () => {
    const s = run(
      { type: 'start', mode: 'polygon' },
      { type: 'click', at: [74, 42] },
      { type: 'click', at: [75, 42] },
      { type: 'move', at: [75, 43] },
    );
    const kinds = drawPreview(s).features.map((f) => f.properties.kind);
    expect(kinds).toEqual(['area', 'edge', 'edge', 'closing', 'first-vertex', 'vertex']);
    const closing = drawPreview(s).features.find((f) => f.properties.kind === 'closing')!;
    expect(closing.geometry.coordinates).toEqual([[75, 43], [74, 42]]);
  });
  it('shows nothing when not drawing', () => {
    expect(drawPreview(idleDraw).features).toEqual([]);
    expect(drawReducer(idleDraw, { type: 'click', at: [1, 1] })).toBe(idleDraw);
  });
});

describe('drawing a circle', () => {
  it('takes a centre, then finishes at the edge with a polygon of that radius', () => {
    const s = run({ type: 'start', mode: 'circle' }, { type: 'click', at: [74.5, 42] }, { type: 'move', at: [74.5, 42.09] });
    expect(finishesOnClick(s, false)).toBe(true);
    const polygon = drawnPolygon(s)!;
    // 0.09° of latitude ≈ 10 km: area ≈ π r² ≈ 314 km²
    expect(turfArea(polygon) / 1e6).toBeGreaterThan(300);
    expect(turfArea(polygon) / 1e6).toBeLessThan(320);
  });
  it('is not an area before the pointer leaves the centre', () => {
    expect(drawnPolygon(run({ type: 'start', mode: 'circle' }, { type: 'click', at: [74.5, 42] }))).toBeNull();
  });
});
