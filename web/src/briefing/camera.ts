// Where the briefing's map looks, computed from its subject alone (pure, tested without a DOM): the same framing
// as the atlas's fit to a selection (components/selection/use-fit-selection.ts), and the country for a briefing
// of the whole country. The map is placed there before its picture is taken, so a page that printed another
// subject before (the server reuses its pages) shows this one, never where the last one left it.
import type { FeatureCollection } from 'geojson';
import { bbox } from '@turf/turf';
import { FIT_PADDING, MAX_FIT_ZOOM, VILLAGE_ZOOM, siteBounds } from '../components/selection/use-fit-selection';
import type { SiteDetail, VillageFeature } from '../lib/api';
import { COUNTRY_BOUNDS } from '../lib/config';
import type { UrlState } from '../state/url-state';
import { mapSelection } from './subject';

export type Box = [number, number, number, number];

export type BriefingCamera =
  | { kind: 'bounds'; bounds: Box; padding: number; maxZoom?: number }
  | { kind: 'center'; center: [number, number]; zoom: number };

/** The padding of the country's framing: the atlas's first view (components/map/create-map.ts). */
export const COUNTRY_PADDING = 24;

export interface CameraData {
  /** The base map's admin units (the outlines the atlas fits a region to). */
  adminUnits: FeatureCollection | undefined;
  site: SiteDetail | undefined;
  /** null: the villages have arrived and this one is not among them (another region's, under a region filter). */
  village: VillageFeature | null | undefined;
}

const countryCamera: BriefingCamera = { kind: 'bounds', bounds: COUNTRY_BOUNDS, padding: COUNTRY_PADDING };

/**
 * The camera of a briefing, or null while the data it needs (the site, the village) has not arrived. A region the
 * base map does not outline (a rayon) or a village not in the list falls back to the country, as does the country
 * itself; a map position in the
 * address counts only when nothing is selected or filtered by region (the atlas's own rule, BriefingMap).
 */
export function briefingCamera(state: UrlState, data: CameraData): BriefingCamera | null {
  const selection = mapSelection(state);
  const fit = (bounds: Box): BriefingCamera => ({ kind: 'bounds', bounds, padding: FIT_PADDING, maxZoom: MAX_FIT_ZOOM });
  if (selection === null) {
    return state.view ? { kind: 'center', center: [state.view.lon, state.view.lat], zoom: state.view.zoom } : countryCamera;
  }
  switch (selection.kind) {
    case 'region': {
      if (!data.adminUnits) return null;
      const region = data.adminUnits.features.find((f) => (f.properties as { code?: unknown } | null)?.code === selection.id);
      return region ? fit(bbox(region) as Box) : countryCamera;
    }
    case 'site': {
      const site = data.site;
      if (!site || site.properties.code !== selection.id) return null;
      return fit(siteBounds(site.geometry.coordinates, site.properties.zone ?? null, state.radiusKm));
    }
    case 'village': {
      const village = data.village;
      if (village === null) return countryCamera;
      if (!village || village.properties.code !== selection.id) return null;
      const [lon = 0, lat = 0] = village.geometry.coordinates;
      return { kind: 'center', center: [lon, lat], zoom: VILLAGE_ZOOM };
    }
    case 'area':
      return state.area ? fit(bbox(state.area) as Box) : countryCamera;
  }
}
