// Database rows → API shapes, in one place: every table carries its names as name_ky / name_ru / name_en
// columns (or <prefix>_name_*), and every feature list is a FeatureCollection whose ids are the rows' codes.
import type { Name } from '../schemas/api.ts';

type NameColumns<P extends string> = { [K in `${P}name_${'ky' | 'ru' | 'en'}`]: string };

/** `{ ky, ru, en }` from a row's name_ky / name_ru / name_en, or from `<prefix>name_*` (e.g. prefix 'village_'). */
export function nameOf<P extends string = ''>(row: NameColumns<P>, prefix?: P): Name {
  const r = row as Record<string, string>;
  const p = prefix ?? '';
  return { ky: r[`${p}name_ky`]!, ru: r[`${p}name_ru`]!, en: r[`${p}name_en`]! };
}

/** A GeoJSON FeatureCollection of rows that carry a code and a GeoJSON geometry (from ST_AsGeoJSON). */
export function featureCollection<R extends { code: string; geometry: G }, G, P>(
  rows: readonly R[],
  properties: (row: R) => P,
): { type: 'FeatureCollection'; features: { type: 'Feature'; id: string; geometry: G; properties: P }[] } {
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({ type: 'Feature' as const, id: row.code, geometry: row.geometry, properties: properties(row) })),
  };
}
