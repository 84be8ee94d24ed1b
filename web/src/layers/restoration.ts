// Restoration plots from the server's vector tiles (`restoration`): each polygon filled by its progress
// (percent_done of the planned hectares) in five sequential classes, drawn above the hazard zones.
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import {
  RESTORATION_CLASSES,
  RESTORATION_FILL_OPACITY,
  RESTORATION_OUTLINE,
  RESTORATION_UNKNOWN,
} from '../lib/config';
import { get, unlessHidden, visibility, type TileLayerDefinition } from './tile-layer';

/** Properties of a feature in the `restoration` tile layer. */
export interface RestorationTileProps {
  code: string;
  site_code: string;
  kind: string;
  hectares_planned: number;
  hectares_done: number;
  /** 0–100; absent when nothing is planned. */
  percent_done?: number | null;
}

export const RESTORATION_TILE_LAYER = 'restoration';
export const RESTORATION_SOURCE_ID = 'tiles-restoration';
export const RESTORATION_FILL_ID = 'restoration-fill';
export const RESTORATION_OUTLINE_ID = 'restoration-outline';

const p = get<RestorationTileProps>;

/** The class of a progress value, as the map paints it (for the legend and tests). */
export function restorationClass(percentDone: number | null | undefined): (typeof RESTORATION_CLASSES)[number] | null {
  if (percentDone === null || percentDone === undefined || !Number.isFinite(percentDone)) return null;
  let found: (typeof RESTORATION_CLASSES)[number] = RESTORATION_CLASSES[0];
  for (const c of RESTORATION_CLASSES) if (percentDone >= c.from) found = c;
  return found;
}

export function restorationFillColor(): ExpressionSpecification {
  const [first, ...rest] = RESTORATION_CLASSES;
  const step = ['step', ['to-number', p('percent_done')], first.color, ...rest.flatMap((c) => [c.from, c.color])];
  return ['case', ['==', ['typeof', p('percent_done')], 'number'], step, RESTORATION_UNKNOWN] as unknown as ExpressionSpecification;
}

export function createRestorationLayers(visible = true): [FillLayerSpecification, LineLayerSpecification] {
  const common = { source: RESTORATION_SOURCE_ID, 'source-layer': RESTORATION_TILE_LAYER } as const;
  return [
    {
      id: RESTORATION_FILL_ID,
      type: 'fill',
      ...common,
      layout: { visibility: visibility(visible) },
      paint: { 'fill-color': restorationFillColor(), 'fill-opacity': unlessHidden(RESTORATION_FILL_OPACITY) },
    },
    {
      id: RESTORATION_OUTLINE_ID,
      type: 'line',
      ...common,
      layout: { visibility: visibility(visible), 'line-join': 'round' },
      paint: {
        'line-color': RESTORATION_OUTLINE,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 12, 1.5],
        'line-opacity': unlessHidden(1),
      },
    },
  ];
}

export const restorationLayer: TileLayerDefinition = {
  key: 'restoration',
  tileLayer: RESTORATION_TILE_LAYER,
  sourceId: RESTORATION_SOURCE_ID,
  // A plot's id is its site's code (plots of one site share it), for the sites' `hidden` state (lib/map-visibility.ts).
  source: (url) => ({ type: 'vector', url, promoteId: { [RESTORATION_TILE_LAYER]: 'site_code' } }),
  layers: (visible) => createRestorationLayers(visible),
};
