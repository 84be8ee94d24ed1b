// Applying a coordinate conversion to every position of a GeoJSON geometry, whatever its type.
import type { Geometry, Position } from 'geojson';

type Convert = (xy: readonly number[]) => number[];

const ring = (positions: Position[], f: Convert): Position[] => positions.map((p) => f(p));

export function mapGeometry(geometry: Geometry, f: Convert): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: f(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: ring(geometry.coordinates, f) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((r) => ring(r, f)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map((r) => ring(r, f))) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => mapGeometry(g, f)) };
  }
}

/** True when every position is made of finite numbers (a conversion outside its zone gives Infinity or NaN). */
export function allFinite(geometry: Geometry): boolean {
  let ok = true;
  mapGeometry(geometry, (xy) => {
    if (!xy.every(Number.isFinite)) ok = false;
    return [...xy];
  });
  return ok;
}
