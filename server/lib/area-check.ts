// The checks a drawn area needs PostGIS for (valid outline, geodesic area within the limit), shared by
// POST /api/analysis/area and the `area` scope filter of the summaries, so both accept and reject the same areas
// with the same words. The body's shape is checked before, without the database (lib/area-input.ts).
import type pg from 'pg';
import { MAX_AREA_KM2, type AreaGeometry } from '../schemas/analysis.ts';
import { loadSql } from './sql.ts';

const SQL = loadSql('analysis', ['check_area']);

/** A drawn area PostGIS rejects: the message says what is wrong and what to do. */
export class AreaRejectedError extends Error {
  override name = 'AreaRejectedError';
}

interface CheckAreaRow {
  valid: boolean;
  reason: string | null;
  x: number | null;
  y: number | null;
  drawn_km2: number | null;
  buffered_km2: number | null;
}

const km2 = (n: number): string => Math.round(n).toLocaleString('en');
const coord = (n: number): string => String(Math.round(n * 1e4) / 1e4);

/** "the polygon crosses itself near 73.12, 41.05; redraw it without crossing lines", from ST_IsValidDetail. */
function invalidMessage(row: CheckAreaRow, geometry: AreaGeometry): string {
  const near = row.x !== null && row.y !== null ? ` near ${coord(row.x)}, ${coord(row.y)}` : '';
  const reason = (row.reason ?? '').toLowerCase();
  const shape = geometry.type === 'MultiPolygon' ? 'The area' : 'The polygon';
  if (reason.includes('self-intersection')) {
    const how = geometry.type === 'MultiPolygon' ? 'crosses itself or two of its polygons overlap' : 'crosses itself';
    return `${shape} ${how}${near}; redraw it without crossing lines.`;
  }
  if (reason.includes('hole lies outside shell') || reason.includes('nested holes') || reason.includes('nested shells')) {
    return `${shape} has a hole that is not inside its outer ring${near} (${row.reason}); redraw the hole inside the outline.`;
  }
  if (reason.includes('too few points')) {
    return `${shape} has a ring with too few distinct points${near}; draw at least three distinct corners.`;
  }
  return `${shape} is not a valid polygon${near} (${row.reason ?? 'invalid geometry'}); redraw it.`;
}

/** Throws AreaRejectedError when PostGIS finds the outline invalid or the (buffered) area over the limit. */
export async function checkArea(pool: pg.Pool, geometry: AreaGeometry, radiusKm: number): Promise<void> {
  const check = (await pool.query<CheckAreaRow>(SQL.check_area, [JSON.stringify(geometry), radiusKm * 1000, MAX_AREA_KM2]))
    .rows[0];
  if (!check) throw new Error('check_area returned no row');
  if (!check.valid) throw new AreaRejectedError(invalidMessage(check, geometry));
  const drawn = check.drawn_km2 ?? 0;
  const limit = `the limit is ${km2(MAX_AREA_KM2)} km²; draw a smaller area or analyse it in parts.`;
  if (drawn > MAX_AREA_KM2) {
    throw new AreaRejectedError(`The area covers ${km2(drawn)} km² (geodesic); ${limit}`);
  }
  if (check.buffered_km2 !== null && check.buffered_km2 > MAX_AREA_KM2) {
    throw new AreaRejectedError(
      `The area covers ${km2(check.buffered_km2)} km² once buffered by ${radiusKm} km (${km2(drawn)} km² as drawn); ` +
        `${limit.replace('draw a smaller area', 'use a smaller radius or area')}`,
    );
  }
}
