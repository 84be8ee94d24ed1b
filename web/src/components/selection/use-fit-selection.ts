// The map fits to what is selected: a site to its hazard zone and exposure radius, a region to its outline, a
// drawn area to itself, a village to its neighbourhood. Once per selection (and radius), never on every render.
import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { Feature, Polygon } from 'geojson';
import { bbox, circle, featureCollection, feature } from '@turf/turf';
import { useBasemap } from '../../hooks/use-basemap';
import { useSiteDetail } from '../../hooks/use-site-detail';
import type { VillageFeature } from '../../lib/api';
import type { Selection } from '../../state/view-state';

// Exported for the briefing's map (web/src/briefing/camera.ts), which frames its subject the same way.
export const FIT_PADDING = 48;
export const MAX_FIT_ZOOM = 12;
export const VILLAGE_ZOOM = 10;

type Box = [number, number, number, number];

export function siteBounds(point: number[], zone: { type: 'MultiPolygon'; coordinates: number[][][][] } | null, radiusKm: number): Box {
  const parts: Feature[] = [];
  if (zone) parts.push(feature(zone));
  if (radiusKm > 0) parts.push(circle(point, radiusKm, { units: 'kilometers', steps: 32 }));
  parts.push(feature({ type: 'Point', coordinates: point }));
  return bbox(featureCollection(parts)) as Box;
}

export function useFitSelection(
  map: maplibregl.Map | null,
  {
    selection,
    radiusKm,
    area,
    village,
    duration = 600,
  }: {
    selection: Selection | null;
    radiusKm: number;
    area: Polygon | null;
    village: VillageFeature | null;
    /** ms of the move; 0 jumps (a printed briefing has no one to watch the flight, only time to lose). */
    duration?: number;
  },
) {
  const siteCode = selection?.kind === 'site' ? selection.id : null;
  const site = useSiteDetail(siteCode, radiusKm);
  const basemap = useBasemap();
  const sitePoint = site.data?.geometry.coordinates;
  const zone = site.data?.properties.zone ?? null;
  const loadedSite = site.data?.properties.code;

  const fit = (box: Box) => map?.fitBounds(box, { padding: FIT_PADDING, maxZoom: MAX_FIT_ZOOM, duration });

  useEffect(() => {
    if (!map || !siteCode || !sitePoint || loadedSite !== siteCode) return;
    fit(siteBounds(sitePoint, zone, radiusKm));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fit once the site (or its radius) has loaded
  }, [map, siteCode, loadedSite, radiusKm]);

  const regionCode = selection?.kind === 'region' ? selection.id : null;
  const regions = basemap.data?.data['admin-units'];
  useEffect(() => {
    if (!map || !regionCode || !regions) return;
    const region = regions.features.find((f) => (f.properties as { code?: string }).code === regionCode);
    if (region) fit(bbox(region) as Box);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, regionCode, regions]);

  useEffect(() => {
    if (map && area && selection?.kind === 'area') fit(bbox(area) as Box);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, area]);

  const villageCode = selection?.kind === 'village' ? selection.id : null;
  const villagePoint = village?.properties.code === villageCode ? village?.geometry.coordinates : undefined;
  useEffect(() => {
    if (!map || !villagePoint) return;
    const [lng = 0, lat = 0] = villagePoint;
    map.easeTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), VILLAGE_ZOOM), duration });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, villageCode, villagePoint?.[0], villagePoint?.[1]]);
}
