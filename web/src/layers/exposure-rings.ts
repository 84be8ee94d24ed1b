// Exposure rings: a circle of the chosen radius around the selected site, or around every site when none is
// selected, drawn by MapLibre. Display only (turf.circle on the client); which villages are exposed is computed by PostGIS.
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { FillLayerSpecification, GeoJSONSourceSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { SiteFeature } from '../lib/api';
import { EXPOSURE_RING } from '../lib/config';
import { rgbaCss, unlessHidden, visibility } from './tile-layer';

export const EXPOSURE_RINGS_LAYER_ID = 'exposure-rings';
export const EXPOSURE_RINGS_LINE_ID = 'exposure-rings-line';
export const EXPOSURE_RINGS_SOURCE_ID = 'exposure-rings';

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

/** The GeoJSON source the rings are drawn from (filled by MapView): ids are site codes, for the sites' `hidden` state. */
export function exposureRingsSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'siteCode' };
}

export function exposureRingsData(rings: readonly RingFeature[]): FeatureCollection {
  return { type: 'FeatureCollection', features: [...rings] };
}

/** A translucent fill (id EXPOSURE_RINGS_LAYER_ID: what tests query) and its outline; display only, no click. */
export function createExposureRingsLayers(visible = true): [FillLayerSpecification, LineLayerSpecification] {
  return [
    {
      id: EXPOSURE_RINGS_LAYER_ID,
      type: 'fill',
      source: EXPOSURE_RINGS_SOURCE_ID,
      layout: { visibility: visibility(visible) },
      paint: { 'fill-color': rgbaCss(EXPOSURE_RING.fill), 'fill-opacity': unlessHidden(1) },
    },
    {
      id: EXPOSURE_RINGS_LINE_ID,
      type: 'line',
      source: EXPOSURE_RINGS_SOURCE_ID,
      layout: { visibility: visibility(visible) },
      paint: { 'line-color': rgbaCss(EXPOSURE_RING.line), 'line-width': EXPOSURE_RING.lineWidthPx, 'line-opacity': unlessHidden(1) },
    },
  ];
}
