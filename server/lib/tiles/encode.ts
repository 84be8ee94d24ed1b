// The JS vector-tile encoder, for a PostGIS built without protobuf-c (the embedded PGlite one has no
// ST_AsMVT / ST_AsMVTGeom). It encodes the rows of the same query that ST_AsMVT encodes elsewhere, for that one
// tile, with the same extent and buffer, so both paths decode to the same GeoJSON (to within a tile pixel).
import GeoJSONVT, { type LegacyFeature } from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { TileCoord } from './coords.ts';

/** Tile units per side and the buffer around the tile, as in ST_AsMVTGeom(geom, env, 4096, 64, true). */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;

/** A row of a `<layer>_rows` statement: flat properties and a GeoJSON geometry in EPSG:4326. */
export type TileRow = { geometry: Geometry } & Record<string, unknown>;

const EMPTY = new Uint8Array(0);

/** Twice the signed area of a ring in tile units (shoelace). */
function ringArea(ring: readonly [number, number][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum;
}

/**
 * Drops polygon rings that collapsed to no area once snapped to the tile grid, and features left with no ring,
 * as ST_AsMVTGeom does (it returns NULL for a polygon smaller than a tile pixel, and ST_AsMVT leaves it out).
 */
function dropCollapsed(features: readonly LegacyFeature[]): LegacyFeature[] {
  const kept: LegacyFeature[] = [];
  for (const feature of features) {
    if (feature.type !== 3) {
      kept.push(feature);
      continue;
    }
    const rings = feature.geometry.filter((ring) => ring.length >= 4 && ringArea(ring) !== 0);
    if (rings.length > 0) kept.push({ ...feature, geometry: rings });
  }
  return kept;
}

/** The MVT bytes of tile z/x/y holding `rows` as layer `layer`; zero bytes when no feature reaches the tile. */
export function encodeTile(layer: string, rows: readonly TileRow[], { z, x, y }: TileCoord): Uint8Array {
  if (rows.length === 0) return EMPTY;
  const features: Feature[] = rows.map(({ geometry, ...properties }) => ({ type: 'Feature', geometry, properties }));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  // maxZoom = z and indexMaxZoom = 0: geojson-vt cuts only the tiles on the way down to this one. At maxZoom it
  // does not simplify (ST_AsMVTGeom does not either, beyond snapping to the grid); tolerance 0 keeps the
  // conversion from simplifying too.
  const index = new GeoJSONVT(collection, {
    maxZoom: z,
    indexMaxZoom: 0,
    extent: TILE_EXTENT,
    buffer: TILE_BUFFER,
    tolerance: 0,
  });
  const tile = index.getTile(z, x, y);
  const kept = tile ? dropCollapsed(tile.features) : [];
  if (kept.length === 0) return EMPTY;
  return fromGeojsonVt({ [layer]: { features: kept } } as unknown as Parameters<typeof fromGeojsonVt>[0], {
    version: 2,
    extent: TILE_EXTENT,
  });
}
