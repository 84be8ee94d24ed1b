// Plausible polygons for sample hazard zones and restoration plots, built in local metres around a
// point and checked for validity after rounding (PostGIS ST_IsValid rejects self-intersections).
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { area as turfArea, booleanPointInPolygon, kinks } from '@turf/turf';
import { fromLocal, roundMultiPolygon } from '../geo.ts';
import type { Rng } from '../prng.ts';

const rad = (d: number): number => (d * Math.PI) / 180;

function finish(origin: Position, ringMetres: [number, number][]): MultiPolygon | null {
  const ring = ringMetres.map(([e, n]) => fromLocal(origin, e, n));
  ring.push(ring[0] as Position);
  const mp = roundMultiPolygon({ type: 'MultiPolygon', coordinates: [[ring]] });
  const poly = mp.coordinates[0];
  if (!poly || (poly[0]?.length ?? 0) < 4) return null;
  if (kinks(mp).features.length > 0) return null;
  return mp;
}

/**
 * A valley-shaped hazard zone: a gently meandering channel from upstream of `site` running `lengthM`
 * along `bearingDeg` (downstream, towards the village), narrow at the top and widening into a fan.
 */
export function channelZone(site: Position, bearingDeg: number, lengthM: number, rng: Rng): MultiPolygon | null {
  const b = rad(bearingDeg);
  const dir: [number, number] = [Math.sin(b), Math.cos(b)];
  const nrm: [number, number] = [Math.cos(b), -Math.sin(b)];
  const start = -0.15 * lengthM;
  const w0 = rng.float(60, 120);
  const w1 = Math.max(150, Math.min(700, lengthM * rng.float(0.12, 0.2)));
  const amp = Math.min(0.04 * lengthM, 120) * rng.float(0.3, 1);
  const waves = rng.float(0.5, 1);
  const phase = rng.float(0, 2 * Math.PI);
  const n = 16;
  const left: [number, number][] = [];
  const right: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const along = start + t * lengthM;
    const off = amp * Math.sin(2 * Math.PI * waves * t + phase);
    const w = w0 + (w1 - w0) * t ** 1.5;
    const cx = dir[0] * along + nrm[0] * off;
    const cy = dir[1] * along + nrm[1] * off;
    left.push([cx + nrm[0] * w, cy + nrm[1] * w]);
    right.push([cx - nrm[0] * w, cy - nrm[1] * w]);
  }
  return finish(site, [...left, ...right.reverse()]);
}

function shoelace(ring: [number, number][]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[(i + 1) % ring.length] as [number, number];
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

/** An irregular, star-shaped plot of about `hectares` around `centre`. */
export function blobPlot(centre: Position, hectares: number, rng: Rng): MultiPolygon | null {
  const n = 14;
  const stretch = rng.float(1, 1.8);
  const turn = rng.float(0, Math.PI);
  const radii = Array.from({ length: n }, () => rng.float(0.85, 1.15));
  const ring: [number, number][] = radii.map((r, i) => {
    const a = (2 * Math.PI * i) / n;
    const x = r * Math.cos(a) * stretch;
    const y = r * Math.sin(a);
    return [x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn)];
  });
  const scale = Math.sqrt((hectares * 10_000) / shoelace(ring));
  return finish(centre, ring.map(([x, y]) => [x * scale, y * scale]));
}

/** A strip along a channel (bank protection, gabions, riparian planting) of about `hectares`. */
export function stripPlot(centre: Position, bearingDeg: number, hectares: number, widthM: number, rng: Rng): MultiPolygon | null {
  const length = (hectares * 10_000) / widthM;
  const b = rad(bearingDeg + rng.float(-8, 8));
  const dir: [number, number] = [Math.sin(b), Math.cos(b)];
  const nrm: [number, number] = [Math.cos(b), -Math.sin(b)];
  const pts: [number, number][] = [];
  const steps = 4;
  for (let i = 0; i <= steps; i++) {
    const a = -length / 2 + (length * i) / steps;
    pts.push([dir[0] * a + (nrm[0] * widthM) / 2, dir[1] * a + (nrm[1] * widthM) / 2]);
  }
  for (let i = steps; i >= 0; i--) {
    const a = -length / 2 + (length * i) / steps;
    pts.push([dir[0] * a - (nrm[0] * widthM) / 2, dir[1] * a - (nrm[1] * widthM) / 2]);
  }
  return finish(centre, pts);
}

export function areaHectares(g: MultiPolygon | Polygon): number {
  return turfArea(g) / 10_000;
}

export function allInside(g: MultiPolygon, within: MultiPolygon): boolean {
  return g.coordinates.every((poly) => poly.every((ring) => ring.every((p) => booleanPointInPolygon(p, within))));
}
