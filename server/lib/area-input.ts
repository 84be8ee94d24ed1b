// Checks a drawn area's body before any query runs, with messages that say which polygon, ring and position is
// wrong and what to do. What needs PostGIS (self-intersection, geodesic area) is checked next, in the repository.
import { MAX_AREA_RADIUS_KM, MAX_AREA_VERTICES, type AreaGeometry } from '../schemas/analysis.ts';

export interface AreaInput {
  geometry: AreaGeometry;
  /** A top-level "radiusKm" member of the body, when given. */
  radiusKm: number | undefined;
}

export class AreaInputError extends Error {
  override name = 'AreaInputError';
}

const SHAPE_HINT = 'Send a GeoJSON Polygon or MultiPolygon (lon/lat), or a Feature wrapping one.';

const kindOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
};

const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);
const show = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** "polygon 2, ring 1 (the outer ring)" / "ring 2 (a hole)" / "the outer ring". */
function ringName(polygon: number | null, ring: number): string {
  const which = ring === 0 ? 'the outer ring' : `ring ${ring + 1} (a hole)`;
  return polygon === null ? which : `polygon ${polygon + 1}, ${which}`;
}

/** Walks one polygon's rings; `count` carries the vertex total across polygons so the limit stops the walk early. */
function checkPolygon(rings: unknown, polygon: number | null, count: { n: number }): void {
  const where = polygon === null ? 'The polygon' : `Polygon ${polygon + 1}`;
  if (!Array.isArray(rings)) throw new AreaInputError(`${where} must be an array of rings; received ${show(rings)}. ${SHAPE_HINT}`);
  if (rings.length === 0) throw new AreaInputError(`${where} has no rings: give at least its outer ring.`);
  rings.forEach((ring: unknown, r) => {
    const name = ringName(polygon, r);
    if (!Array.isArray(ring)) throw new AreaInputError(`In ${name}: a ring must be an array of positions; received ${show(ring)}.`);
    count.n += ring.length;
    if (count.n > MAX_AREA_VERTICES) {
      throw new AreaInputError(
        `The area has more than ${MAX_AREA_VERTICES.toLocaleString('en')} vertices, the limit. ` +
          'Simplify the outline (fewer points; a drawn area rarely needs more than a few hundred) and send it again.',
      );
    }
    ring.forEach((position: unknown, i) => {
      const at = `position ${i + 1} of ${name}`;
      if (
        !Array.isArray(position) ||
        position.length < 2 ||
        position.length > 3 ||
        !position.every((c) => typeof c === 'number' && Number.isFinite(c))
      ) {
        throw new AreaInputError(`${at[0]!.toUpperCase()}${at.slice(1)} must be [longitude, latitude] in numbers; received ${show(position)}.`);
      }
      const [lon, lat] = position as number[];
      if (lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90) {
        const swapped = lat! >= -180 && lat! <= 180 && lon! >= -90 && lon! <= 90;
        throw new AreaInputError(
          `${at[0]!.toUpperCase()}${at.slice(1)} is [${fmt(lon!)}, ${fmt(lat!)}], outside lon/lat range: longitude must be ` +
            `from -180 to 180 and latitude from -90 to 90 (WGS 84 degrees, longitude first)` +
            (swapped ? '; it looks like latitude and longitude are swapped.' : '.'),
        );
      }
    });
    if (ring.length < 4) {
      throw new AreaInputError(
        `${name[0]!.toUpperCase()}${name.slice(1)} has ${ring.length} position${ring.length === 1 ? '' : 's'}; a ring needs at least 4 ` +
          '(three corners and the first one repeated at the end).',
      );
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      throw new AreaInputError(
        `${name[0]!.toUpperCase()}${name.slice(1)} is not closed: it starts at [${fmt(first[0]!)}, ${fmt(first[1]!)}] and ends at ` +
          `[${fmt(last[0]!)}, ${fmt(last[1]!)}]. Repeat the first position at the end of the ring.`,
      );
    }
  });
}

function checkRadius(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_AREA_RADIUS_KM) {
    throw new AreaInputError(`Body field radiusKm must be a number from 0 to ${MAX_AREA_RADIUS_KM}; received ${show(value)}.`);
  }
  return value;
}

/** The geometry and radius of a drawn area's body, or an AreaInputError saying what is wrong with it. */
export function parseAreaInput(body: unknown): AreaInput {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new AreaInputError(`The request body must be a JSON object; received ${body === undefined ? 'nothing' : kindOf(body)}. ${SHAPE_HINT}`);
  }
  const object = body as Record<string, unknown>;
  const radiusKm = checkRadius(object.radiusKm);
  let geometry: unknown = object;
  if (object.type === 'Feature') {
    geometry = object.geometry;
    if (geometry === null || typeof geometry !== 'object' || Array.isArray(geometry)) {
      throw new AreaInputError(`The Feature has no geometry object; received ${show(geometry)}. ${SHAPE_HINT}`);
    }
  } else if (object.type === 'FeatureCollection') {
    const n = Array.isArray(object.features) ? object.features.length : 0;
    throw new AreaInputError(
      `The body is a FeatureCollection (${n} feature${n === 1 ? '' : 's'}); send one area: a Polygon or MultiPolygon ` +
        'geometry, or a single Feature (merge several shapes into one MultiPolygon).',
    );
  }
  const g = geometry as Record<string, unknown>;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    const got = typeof g.type === 'string' ? `a ${g.type}` : `an object without a GeoJSON "type"`;
    throw new AreaInputError(`The area must be a Polygon or MultiPolygon; received ${got}. Draw a closed shape. ${SHAPE_HINT}`);
  }
  const count = { n: 0 };
  if (g.type === 'Polygon') {
    checkPolygon(g.coordinates, null, count);
  } else {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) {
      throw new AreaInputError(`The MultiPolygon must hold at least one polygon; received ${show(g.coordinates)}.`);
    }
    g.coordinates.forEach((polygon: unknown, i) => checkPolygon(polygon, i, count));
  }
  return { geometry: { type: g.type, coordinates: g.coordinates } as AreaGeometry, radiusKm };
}
