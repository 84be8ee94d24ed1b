// Small geometry helpers for the data scripts. Geometry stays plain GeoJSON (RFC 7946, lon/lat).
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { booleanValid, kinks, rewind } from '@turf/turf';

export const DECIMALS = 5;

export function round(value: number, decimals = DECIMALS): number {
  const f = 10 ** decimals;
  // +0 turns -0 into 0 so output bytes do not depend on the sign of zero.
  return Math.round(value * f) / f + 0;
}

export function roundPosition(p: Position): Position {
  return [round(p[0] as number), round(p[1] as number)];
}

/** Rounds every ring and drops consecutive duplicates that rounding creates. */
export function roundRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const r = roundPosition(p);
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== r[0] || prev[1] !== r[1]) out.push(r);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0] as number, first[1] as number]);
  return out;
}

/** Rounds to 5 decimals and winds rings as RFC 7946 asks (exterior counter-clockwise, holes clockwise). */
export function roundMultiPolygon(mp: MultiPolygon): MultiPolygon {
  const rounded: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: mp.coordinates
      .map((poly) => poly.map(roundRing).filter((ring) => ring.length >= 4))
      .filter((poly) => poly.length > 0),
  };
  return rewind(rounded) as MultiPolygon;
}

export function toMultiPolygon(g: Polygon | MultiPolygon): MultiPolygon {
  return g.type === 'MultiPolygon' ? g : { type: 'MultiPolygon', coordinates: [g.coordinates] };
}

/** Throws with the feature's name when a polygon is not simple (PostGIS ST_IsValid would reject it). */
export function assertValidPolygon(g: Polygon | MultiPolygon, label: string): void {
  const k = kinks(g);
  if (k.features.length > 0 || !booleanValid(g)) {
    const at = k.features[0]?.geometry.coordinates.join(', ') ?? 'unknown position';
    throw new Error(`${label}: polygon is not valid (self-intersection near ${at})`);
  }
}

const EARTH_RADIUS_M = 6_371_008.8;
const toRad = (d: number): number => (d * Math.PI) / 180;
const toDeg = (r: number): number => (r * 180) / Math.PI;

/** Great-circle distance in metres. */
export function distanceM(a: Position, b: Position): number {
  const [lon1, lat1] = a as [number, number];
  const [lon2, lat2] = b as [number, number];
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point reached from `from` after `metres` on `bearingDeg` (0 = north, clockwise). */
export function destination(from: Position, metres: number, bearingDeg: number): Position {
  const [lon, lat] = from as [number, number];
  const d = metres / EARTH_RADIUS_M;
  const b = toRad(bearingDeg);
  const φ1 = toRad(lat);
  const λ1 = toRad(lon);
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b));
  const λ2 = λ1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return [toDeg(λ2), toDeg(φ2)];
}

/**
 * Converts local east/north offsets in metres around an origin to lon/lat. Fine for the few-km shapes
 * drawn here (an equirectangular approximation errs well under 0.1% at that size).
 */
export function fromLocal(origin: Position, east: number, north: number): Position {
  const [lon, lat] = origin as [number, number];
  const mPerDegLat = 111_132.954 - 559.822 * Math.cos(2 * toRad(lat));
  const mPerDegLon = 111_412.84 * Math.cos(toRad(lat));
  return [lon + east / mPerDegLon, lat + north / mPerDegLat];
}

/** Douglas–Peucker on an open polyline; keeps both end points. Tolerance in degrees. */
export function douglasPeucker(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [s, e] = stack.pop() as [number, number];
    const [ax, ay] = points[s] as [number, number];
    const [bx, by] = points[e] as [number, number];
    let maxD = -1;
    let idx = -1;
    for (let i = s + 1; i < e; i++) {
      const [px, py] = points[i] as [number, number];
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
      t = Math.max(0, Math.min(1, t));
      const d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (maxD > tolerance && idx > 0) {
      keep[idx] = 1;
      stack.push([s, idx], [idx, e]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}
