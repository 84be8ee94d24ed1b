// The rayon filter on lists the API does not filter by rayon (sites, villages, products): a few dozen rows each.
import type { FeatureCollection, Geometry } from 'geojson';

/** Keeps the features in `rayon` (all of them when null); the same object back when nothing is dropped. */
export function keepRayon<G extends Geometry, P extends { rayonCode: string | null }>(
  data: FeatureCollection<G, P>,
  rayon: string | null,
): FeatureCollection<G, P> {
  if (rayon === null) return data;
  return { ...data, features: data.features.filter((f) => f.properties.rayonCode === rayon) };
}
