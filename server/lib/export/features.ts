// A FeatureCollection as CSV rows: each feature's properties, with lon/lat when its geometry is a point
// (other geometries do not fit a cell; the GeoJSON export carries them).
import type { ExportRow } from './flatten.ts';

interface FeatureLike {
  type: 'Feature';
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}
export interface FeatureCollectionLike {
  type: 'FeatureCollection';
  features: FeatureLike[];
}

export function isFeatureCollection(payload: unknown): payload is FeatureCollectionLike {
  return (
    typeof payload === 'object' && payload !== null &&
    (payload as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((payload as { features?: unknown }).features)
  );
}

export function featureRows(collection: FeatureCollectionLike): ExportRow[] {
  return collection.features.map((feature) => {
    const geometry = feature.geometry;
    const point =
      geometry?.type === 'Point' && Array.isArray(geometry.coordinates) ? (geometry.coordinates as number[]) : null;
    return {
      ...(feature.properties ?? {}),
      ...(point ? { lon: point[0], lat: point[1] } : {}),
    };
  });
}
