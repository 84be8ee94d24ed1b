// Exposure rings: a circle of the chosen radius around the selected site, or around every site when none is
// selected. Display only (turf.circle on the client); which villages are exposed is computed by PostGIS.
import { GeoJsonLayer } from '@deck.gl/layers';
import { circle } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { SiteFeature } from '../lib/api';
import { EXPOSURE_RING } from '../lib/config';

export const EXPOSURE_RINGS_LAYER_ID = 'exposure-rings';

export interface RingProps {
  siteCode: string;
  radiusKm: number;
}
export type RingFeature = Feature<Polygon, RingProps>;

/** One ring per site in scope: the selected one, or all when none is; none at radius 0. */
export function exposureRings(sites: readonly SiteFeature[], radiusKm: number, selectedCode: string | null): RingFeature[] {
  if (!(radiusKm > 0)) return [];
  const inScope = selectedCode === null ? sites : sites.filter((s) => s.properties.code === selectedCode);
  return inScope
    .filter((s) => s.geometry?.type === 'Point')
    .map((s) => {
      const ring = circle(s.geometry.coordinates, radiusKm, { units: 'kilometers', steps: EXPOSURE_RING.steps });
      return { type: 'Feature', geometry: ring.geometry, properties: { siteCode: s.properties.code, radiusKm } };
    });
}

export function createExposureRingsLayer({ data, visible = true }: { data: readonly RingFeature[]; visible?: boolean }) {
  return new GeoJsonLayer<RingProps>({
    id: EXPOSURE_RINGS_LAYER_ID,
    data: [...data],
    visible,
    // Pickable only so tests (and tooltips later) can find what is drawn; a ring takes no click.
    pickable: true,
    stroked: true,
    filled: true,
    getFillColor: EXPOSURE_RING.fill,
    getLineColor: EXPOSURE_RING.line,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
  });
}
