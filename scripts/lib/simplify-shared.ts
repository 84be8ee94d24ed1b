// Simplifies a set of neighbouring polygons so that shared borders stay shared: each border is cut
// into arcs between junctions (where the set of polygons owning an edge changes), every arc is
// simplified once, and both neighbours receive the same simplified arc. Simplifying each oblast on
// its own (turf.simplify) would open slivers and overlaps along every internal border.
import type { MultiPolygon, Position } from 'geojson';
import { douglasPeucker } from './geo.ts';

const key = (p: Position): string => `${p[0]},${p[1]}`;
const edgeKey = (a: Position, b: Position): string => {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

/** Open ring (no closing duplicate). */
function openRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) return ring.slice(0, -1);
  return ring.slice();
}

export function simplifyShared(shapes: readonly MultiPolygon[], tolerance: number): MultiPolygon[] {
  const edgeOwners = new Map<string, Set<number>>();
  shapes.forEach((mp, owner) => {
    for (const poly of mp.coordinates) {
      for (const rawRing of poly) {
        const ring = openRing(rawRing);
        for (let i = 0; i < ring.length; i++) {
          const ek = edgeKey(ring[i] as Position, ring[(i + 1) % ring.length] as Position);
          let set = edgeOwners.get(ek);
          if (!set) edgeOwners.set(ek, (set = new Set()));
          set.add(owner);
        }
      }
    }
  });
  const edgeSig = (a: Position, b: Position): string =>
    [...(edgeOwners.get(edgeKey(a, b)) ?? [])].sort((x, y) => x - y).join(',');

  const arcCache = new Map<string, Position[]>();
  const simplifyArc = (arc: Position[]): Position[] => {
    const fwd = arc.map(key).join(';');
    const rev = arc.map(key).reverse().join(';');
    const reversed = rev < fwd;
    const canonicalKey = reversed ? rev : fwd;
    let simplified = arcCache.get(canonicalKey);
    if (!simplified) {
      const canonical = reversed ? arc.slice().reverse() : arc;
      simplified = douglasPeucker(canonical, tolerance);
      arcCache.set(canonicalKey, simplified);
    }
    return reversed ? simplified.slice().reverse() : simplified;
  };

  const simplifyRing = (rawRing: readonly Position[]): Position[] => {
    const ring = openRing(rawRing);
    const n = ring.length;
    const junctions: number[] = [];
    for (let i = 0; i < n; i++) {
      const prev = ring[(i - 1 + n) % n] as Position;
      const cur = ring[i] as Position;
      const next = ring[(i + 1) % n] as Position;
      if (edgeSig(prev, cur) !== edgeSig(cur, next)) junctions.push(i);
    }
    if (junctions.length === 0) {
      // A ring with one owner set all round: start at its smallest vertex so that a neighbour holding
      // the same ring (a hole filled by another unit) starts there too and gets the same result.
      let best = 0;
      for (let i = 1; i < n; i++) if (key(ring[i] as Position) < key(ring[best] as Position)) best = i;
      junctions.push(best);
    }
    const out: Position[] = [];
    for (let j = 0; j < junctions.length; j++) {
      const start = junctions[j] as number;
      const end = junctions[(j + 1) % junctions.length] as number;
      const arc: Position[] = [];
      for (let i = start; ; i = (i + 1) % n) {
        arc.push(ring[i] as Position);
        if (arc.length > 1 && i === end) break;
      }
      const s = simplifyArc(arc);
      out.push(...s.slice(0, -1));
    }
    out.push(out[0] as Position);
    // Rings that collapse below a triangle are kept as they were.
    return out.length >= 4 ? out : [...ring, ring[0] as Position];
  };

  return shapes.map((mp) => ({
    type: 'MultiPolygon',
    coordinates: mp.coordinates.map((poly) => poly.map(simplifyRing)),
  }));
}
