// Admin boundaries over the offline base map's `admin-units` source: oblast (and city) outlines, and rayon points
// labelled from RAYON_LABEL_MIN_ZOOM (the data hold rayon centres, not rayon boundaries). An invisible oblast fill
// stays on whatever the toggle says: it is what a click on a region hits.
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { MAP_FONT_REGULAR } from '../basemap/font-names';
import { BASEMAP_SOURCES, labelExpression } from '../basemap/style';
import { BASEMAP_COLORS, RAYON_LABEL_MIN_ZOOM, type Lang } from '../lib/config';
import { visibility } from './tile-layer';

export const ADMIN_REGION_FILL_ID = 'admin-region-fill';
export const ADMIN_OBLAST_LINE_ID = 'admin-oblast-line';
export const ADMIN_RAYON_POINT_ID = 'admin-rayon-point';
export const ADMIN_RAYON_LABEL_ID = 'admin-rayon-label';
/** The layers the toggle shows and hides (the click target stays). */
export const ADMIN_TOGGLED_IDS = [ADMIN_OBLAST_LINE_ID, ADMIN_RAYON_POINT_ID, ADMIN_RAYON_LABEL_ID] as const;
export const ADMIN_LABEL_IDS = [ADMIN_RAYON_LABEL_ID] as const;

const REGION_LEVELS = ['oblast', 'city'];

export function createAdminBoundaryLayers(
  visible: boolean,
  lang: Lang,
): [FillLayerSpecification, LineLayerSpecification, CircleLayerSpecification, SymbolLayerSpecification] {
  const source = BASEMAP_SOURCES['admin-units'];
  const isRegionArea = (): FilterSpecification => [
    'all',
    ['in', ['get', 'level'], ['literal', REGION_LEVELS]],
    ['!=', ['geometry-type'], 'Point'],
  ];
  const isRayon = (): FilterSpecification => ['==', ['get', 'level'], 'rayon'];
  return [
    {
      id: ADMIN_REGION_FILL_ID,
      type: 'fill',
      source,
      filter: isRegionArea(),
      paint: { 'fill-color': '#000000', 'fill-opacity': 0 },
    },
    {
      id: ADMIN_OBLAST_LINE_ID,
      type: 'line',
      source,
      filter: isRegionArea(),
      layout: { visibility: visibility(visible), 'line-join': 'round' },
      paint: {
        'line-color': BASEMAP_COLORS.countryOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.9, 10, 2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: ADMIN_RAYON_POINT_ID,
      type: 'circle',
      source,
      minzoom: RAYON_LABEL_MIN_ZOOM,
      filter: isRayon(),
      layout: { visibility: visibility(visible) },
      paint: { 'circle-radius': 2.5, 'circle-color': BASEMAP_COLORS.oblastLabel, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
    },
    {
      id: ADMIN_RAYON_LABEL_ID,
      type: 'symbol',
      source,
      minzoom: RAYON_LABEL_MIN_ZOOM,
      filter: isRayon(),
      layout: {
        visibility: visibility(visible),
        'text-field': labelExpression(lang),
        'text-font': [MAP_FONT_REGULAR],
        'text-size': 11,
        // A rayon centre is often a town with a label of its own: try the sides too before giving up.
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.7,
        'text-max-width': 8,
      },
      paint: { 'text-color': BASEMAP_COLORS.oblastLabel, 'text-halo-color': BASEMAP_COLORS.townHalo, 'text-halo-width': 1.2 },
    },
  ];
}
