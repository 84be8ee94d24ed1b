// The area-drawing tool as pure update functions (tested without a DOM or a map). A polygon is drawn a vertex per
// click and finished by Enter, a double-click or a click on its first vertex; a circle by a click at its centre
// and a second click (or Enter) at its edge. Esc cancels; Backspace takes back the last vertex.
import { circle, distance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';

export type DrawMode = 'polygon' | 'circle';
export type LngLat = [number, number];

export interface DrawState {
  mode: DrawMode | null;
  /** Polygon: the vertices so far. Circle: [centre] once placed. */
  vertices: LngLat[];
  /** Where the pointer is (the next vertex, or the circle's edge). */
  cursor: LngLat | null;
}

export const idleDraw: DrawState = { mode: null, vertices: [], cursor: null };

export type DrawAction =
  | { type: 'start'; mode: DrawMode }
  | { type: 'click'; at: LngLat; /** The click landed on the first vertex (closes a polygon). */ onFirst?: boolean }
  | { type: 'move'; at: LngLat }
  | { type: 'undo' }
  | { type: 'cancel' };

/** A polygon needs three corners. */
export const MIN_POLYGON_VERTICES = 3;
const CIRCLE_STEPS = 64;

const same = (a: LngLat | undefined, b: LngLat) => a !== undefined && a[0] === b[0] && a[1] === b[1];

export function drawReducer(state: DrawState, action: DrawAction): DrawState {
  switch (action.type) {
    case 'start':
      return { mode: action.mode, vertices: [], cursor: null };
    case 'cancel':
      return state.mode === null ? state : idleDraw;
    case 'move':
      return state.mode === null ? state : { ...state, cursor: action.at };
    case 'undo':
      return state.vertices.length === 0 ? state : { ...state, vertices: state.vertices.slice(0, -1) };
    case 'click': {
      if (state.mode === null) return state;
      // The two clicks of a double-click land on the same spot: one vertex.
      if (same(state.vertices[state.vertices.length - 1], action.at)) return state;
      if (state.mode === 'circle' && state.vertices.length >= 1) return state; // the second click finishes (see finishOnClick)
      return { ...state, vertices: [...state.vertices, action.at], cursor: action.at };
    }
  }
}

/** A click that finishes the drawing instead of adding to it: the circle's edge, or a polygon's first vertex. */
export function finishesOnClick(state: DrawState, onFirst: boolean): boolean {
  if (state.mode === 'circle') return state.vertices.length === 1;
  return state.mode === 'polygon' && onFirst && state.vertices.length >= MIN_POLYGON_VERTICES;
}

function circlePolygon(center: LngLat, edge: LngLat): Polygon | null {
  const km = distance(center, edge, { units: 'kilometers' });
  if (!(km > 0)) return null;
  return circle(center, km, { units: 'kilometers', steps: CIRCLE_STEPS }).geometry;
}

/** The finished area, or null while it is not yet an area (too few vertices, zero radius). */
export function drawnPolygon(state: DrawState, edge: LngLat | null = state.cursor): Polygon | null {
  if (state.mode === 'circle') {
    const [center] = state.vertices;
    return center && edge ? circlePolygon(center, edge) : null;
  }
  if (state.mode === 'polygon' && state.vertices.length >= MIN_POLYGON_VERTICES) {
    const ring: Position[] = [...state.vertices, state.vertices[0]!];
    return { type: 'Polygon', coordinates: [ring] };
  }
  return null;
}

export type PreviewKind = 'area' | 'edge' | 'closing' | 'vertex' | 'first-vertex';
export type PreviewFeature = Feature<Polygon | LineString | Point, { kind: PreviewKind }>;

/**
 * What the map shows while drawing: the shape so far (filled once it is an area), its edges, the rubber-band edge
 * to the pointer and the closing edge back to the first vertex, and the vertices (the first one marked: a click
 * on it finishes).
 */
export function drawPreview(state: DrawState): FeatureCollection<Polygon | LineString | Point, { kind: PreviewKind }> {
  const features: PreviewFeature[] = [];
  if (state.mode === null) return { type: 'FeatureCollection', features };
  const f = (geometry: Polygon | LineString | Point, kind: PreviewKind): PreviewFeature => ({ type: 'Feature', geometry, properties: { kind } });
  const { vertices, cursor } = state;
  if (state.mode === 'circle') {
    const [center] = vertices;
    if (center) {
      const shape = cursor ? circlePolygon(center, cursor) : null;
      if (shape) features.push(f(shape, 'area'));
      if (cursor) features.push(f({ type: 'LineString', coordinates: [center, cursor] }, 'closing'));
      features.push(f({ type: 'Point', coordinates: center }, 'first-vertex'));
    }
    return { type: 'FeatureCollection', features };
  }
  const withCursor = cursor && !same(vertices[vertices.length - 1], cursor) ? [...vertices, cursor] : vertices;
  if (withCursor.length >= MIN_POLYGON_VERTICES) {
    features.push(f({ type: 'Polygon', coordinates: [[...withCursor, withCursor[0]!]] }, 'area'));
  }
  if (vertices.length >= 2) features.push(f({ type: 'LineString', coordinates: vertices }, 'edge'));
  const last = vertices[vertices.length - 1];
  if (last && cursor && !same(last, cursor)) features.push(f({ type: 'LineString', coordinates: [last, cursor] }, 'edge'));
  if (withCursor.length >= MIN_POLYGON_VERTICES) {
    features.push(f({ type: 'LineString', coordinates: [withCursor[withCursor.length - 1]!, withCursor[0]!] }, 'closing'));
  }
  vertices.forEach((v, i) => features.push(f({ type: 'Point', coordinates: v }, i === 0 ? 'first-vertex' : 'vertex')));
  return { type: 'FeatureCollection', features };
}
