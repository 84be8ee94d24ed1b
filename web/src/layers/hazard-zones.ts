// Hazard zones from the server's vector tiles (`hazard_zones`): each polygon filled with its hazard type's
// Okabe–Ito colour (the sites' palette), outlined by programme status. MapLibre draws them under the deck.gl sites.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { HazardType, RiskLevel, SiteStatus } from '../lib/api';
import { HAZARD_COLORS, HAZARD_ORDER, STATUS_ORDER, ZONE_FILL_OPACITY, ZONE_STATUS_OUTLINES } from '../lib/config';
import { get, rgbHex, unlessHidden, visibility, type TileLayerDefinition } from './tile-layer';

/** Properties of a feature in the `hazard_zones` tile layer (snake_case, as the tiles carry them). */
export interface HazardZoneTileProps {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  hazard_type: HazardType;
  status: SiteStatus;
  risk_level: RiskLevel;
}

export const HAZARD_ZONES_TILE_LAYER = 'hazard_zones';
export const HAZARD_ZONES_SOURCE_ID = 'tiles-hazard-zones';
export const HAZARD_ZONES_FILL_ID = 'hazard-zones-fill';
export const HAZARD_ZONES_OUTLINE_ID = 'hazard-zones-outline';
const UNKNOWN_FILL = '#808080';
const UNKNOWN_OUTLINE = '#5b6770';

const p = get<HazardZoneTileProps>;

// `match` arms are built from the palettes, so a new hazard type or status in the contract is a compile error in
// config.ts (a Record over the type), not a grey zone here. The spread cannot be typed as the tuple MapLibre expects.
const byHazard = <T>(value: (h: HazardType) => T, fallback: T) =>
  ['match', p('hazard_type'), ...HAZARD_ORDER.flatMap((h) => [h, value(h)]), fallback] as unknown as ExpressionSpecification;
const byStatus = <T>(value: (s: SiteStatus) => T, fallback: T) =>
  ['match', p('status'), ...STATUS_ORDER.flatMap((s) => [s, value(s)]), fallback] as unknown as ExpressionSpecification;

export const hazardZoneFillColor = (): ExpressionSpecification => byHazard((h) => rgbHex(HAZARD_COLORS[h]), UNKNOWN_FILL);
export const hazardZoneLineColor = (): ExpressionSpecification =>
  byStatus((s) => ZONE_STATUS_OUTLINES[s].color, UNKNOWN_OUTLINE);
export const hazardZoneLineWidth = (): ExpressionSpecification => byStatus((s) => ZONE_STATUS_OUTLINES[s].widthPx, 1);
export const hazardZoneLineDash = (): DataDrivenPropertyValueSpecification<number[]> =>
  byStatus((s): ExpressionSpecification => ['literal', ZONE_STATUS_OUTLINES[s].dash ?? [1, 0]], ['literal', [1, 0]]);

export function createHazardZonesLayers(visible = true): [FillLayerSpecification, LineLayerSpecification] {
  const common = { source: HAZARD_ZONES_SOURCE_ID, 'source-layer': HAZARD_ZONES_TILE_LAYER } as const;
  return [
    {
      id: HAZARD_ZONES_FILL_ID,
      type: 'fill',
      ...common,
      layout: { visibility: visibility(visible) },
      paint: { 'fill-color': hazardZoneFillColor(), 'fill-opacity': unlessHidden(ZONE_FILL_OPACITY) },
    },
    {
      id: HAZARD_ZONES_OUTLINE_ID,
      type: 'line',
      ...common,
      layout: { visibility: visibility(visible), 'line-join': 'round' },
      paint: {
        'line-color': hazardZoneLineColor(),
        'line-width': hazardZoneLineWidth(),
        'line-dasharray': hazardZoneLineDash(),
        'line-opacity': unlessHidden(1),
      },
    },
  ];
}

export const hazardZonesLayer: TileLayerDefinition = {
  key: 'hazardZones',
  tileLayer: HAZARD_ZONES_TILE_LAYER,
  sourceId: HAZARD_ZONES_SOURCE_ID,
  // Ids are site codes, for the `hidden` state the sites' filters set (lib/map-visibility.ts).
  source: (url) => ({ type: 'vector', url, promoteId: { [HAZARD_ZONES_TILE_LAYER]: 'code' } }),
  layers: (visible) => createHazardZonesLayers(visible),
};
