// shpjs ships no types; these are the two functions the Shapefile reader uses (see node_modules/shpjs/lib/index.js).
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** The geometries of a .shp, one per record (null for a null shape); `prj` omitted: coordinates as stored. */
  export function parseShp(shp: ArrayBufferView | ArrayBuffer, prj?: string): (Geometry | null)[];
  /** The records of a .dbf; `cpg` is an encoding label for TextDecoder ('utf-8', 'windows-1251', '1251'…). */
  export function parseDbf(dbf: ArrayBufferView | ArrayBuffer, cpg?: string): Record<string, unknown>[];
}
