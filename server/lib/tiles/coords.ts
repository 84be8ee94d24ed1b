// Tile coordinates are checked before any query runs (CONVENTIONS: a bad z/x/y is a 400, never a database error).

/** Highest zoom served: PostGIS's and MapLibre's practical limit, and beyond any use for this data. */
export const MAX_ZOOM = 22;

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/**
 * Null when z/x/y name a tile of the XYZ (Web Mercator, y down) pyramid, else a sentence saying which value is
 * wrong and what the allowed range is at that zoom.
 */
export function tileCoordError({ z, x, y }: TileCoord): string | null {
  if (!Number.isInteger(z) || z < 0 || z > MAX_ZOOM) {
    return `Path parameter z must be a whole number from 0 to ${MAX_ZOOM}; received ${JSON.stringify(z)}.`;
  }
  const max = 2 ** z - 1;
  for (const [name, value] of [['x', x], ['y', y]] as const) {
    if (!Number.isInteger(value) || value < 0 || value > max) {
      return `Path parameter ${name} must be a whole number from 0 to ${max} at zoom ${z}; received ${JSON.stringify(value)}.`;
    }
  }
  return null;
}
