// Decoding vector tiles for tests: tiles are compared as GeoJSON (CONVENTIONS), never as bytes.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Feature, Geometry, Position } from 'geojson';

export interface DecodedTile {
  /** Layer name → its features as GeoJSON (EPSG:4326), sorted by their `code` property. */
  layers: Record<string, Feature[]>;
  versions: Record<string, number>;
}

export function decodeTile(bytes: Uint8Array, z: number, x: number, y: number): DecodedTile {
  const tile = new VectorTile(new PbfReader(bytes));
  const layers: Record<string, Feature[]> = {};
  const versions: Record<string, number> = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features: Feature[] = [];
    for (let i = 0; i < layer.length; i++) features.push(layer.feature(i).toGeoJSON(x, y, z));
    features.sort((a, b) => String(a.properties?.code).localeCompare(String(b.properties?.code)));
    layers[name] = features;
    versions[name] = layer.version;
  }
  return { layers, versions };
}

/** The XYZ tile holding a longitude/latitude at zoom z. */
export function tileOf(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x, y };
}

/** Every position of a geometry, flattened. */
export function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

/** West, south, east, north of a geometry. */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  const ps = positions(geometry);
  const xs = ps.map((p) => p[0]!);
  const ys = ps.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The size of one tile pixel (extent 4096) in degrees of longitude at zoom z. */
export const pixelDegrees = (z: number): number => 360 / (2 ** z * 4096);

/**
 * Differences between two decoded tiles, tolerant to feature order and to `tolerancePx` tile pixels of coordinate
 * rounding (each feature's bounding box is compared, and its geometry type); [] when they agree.
 */
export function tileDifferences(a: DecodedTile, b: DecodedTile, z: number, tolerancePx = 1.5): string[] {
  const out: string[] = [];
  const names = [...new Set([...Object.keys(a.layers), ...Object.keys(b.layers)])].sort();
  const tol = tolerancePx * pixelDegrees(z);
  for (const name of names) {
    const fa = a.layers[name] ?? [];
    const fb = b.layers[name] ?? [];
    if (fa.length !== fb.length) {
      out.push(`${name}: ${fa.length} features vs ${fb.length}`);
      continue;
    }
    fa.forEach((f, i) => {
      const g = fb[i]!;
      const code = String(f.properties?.code);
      if (JSON.stringify(sortKeys(f.properties)) !== JSON.stringify(sortKeys(g.properties))) {
        out.push(`${name} ${code}: properties ${JSON.stringify(f.properties)} vs ${JSON.stringify(g.properties)}`);
      }
      const ta = f.geometry.type.replace(/^Multi/, '');
      const tb = g.geometry.type.replace(/^Multi/, '');
      if (ta !== tb) out.push(`${name} ${code}: geometry ${f.geometry.type} vs ${g.geometry.type}`);
      const ba = bboxOf(f.geometry);
      const bb = bboxOf(g.geometry);
      // Latitude degrees per pixel shrink away from the equator; the longitude size is the larger, so a safe bound.
      if (ba.some((v, k) => Math.abs(v - bb[k]!) > tol)) {
        out.push(`${name} ${code}: bbox ${ba.join(',')} vs ${bb.join(',')}`);
      }
    });
  }
  return out;
}

const sortKeys = (o: Record<string, unknown> | null | undefined) =>
  Object.fromEntries(Object.entries(o ?? {}).sort(([k1], [k2]) => k1.localeCompare(k2)));
