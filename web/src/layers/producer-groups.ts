// Producer groups from the server's vector tiles (`producer_groups`, points at their village): a circle per group,
// coloured by product category and sized by members. Tiles, because the register grows with the programme.
import type { CircleLayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import { CATEGORY_COLORS, CATEGORY_ORDER } from '../lib/config';
import { get, isHidden, unlessHidden, visibility, type TileLayerDefinition } from './tile-layer';

/** Properties of a feature in the `producer_groups` tile layer. */
export interface ProducerGroupTileProps {
  code: string;
  product_category: string;
  members_total: number;
  members_women: number;
  members_youth: number;
  village_code: string;
}

export const PRODUCER_GROUPS_TILE_LAYER = 'producer_groups';
export const PRODUCER_GROUPS_SOURCE_ID = 'tiles-producer-groups';
export const PRODUCER_GROUPS_CIRCLE_ID = 'producer-groups-circle';

const p = get<ProducerGroupTileProps>;

export function categoryColor(): ExpressionSpecification {
  return ['match', p('product_category'), ...CATEGORY_ORDER.flatMap((c) => [c, CATEGORY_COLORS[c]]), CATEGORY_COLORS.other] as unknown as ExpressionSpecification;
}

/** Radius grows with the square root of the members, 3–10 px. */
export function membersRadius(): ExpressionSpecification {
  return ['min', 10, ['max', 3, ['*', 1.2, ['sqrt', ['to-number', p('members_total'), 0]]]]] as unknown as ExpressionSpecification;
}

/**
 * Hidden by its village's `hidden` state, or by the `category` state (the one category the filters show, '' for
 * all) when the group makes something else: one state per village, so a category switch needs no worker round trip.
 */
export const groupHidden = (): ExpressionSpecification => [
  'any',
  isHidden,
  [
    'let',
    'shown',
    ['to-string', ['coalesce', ['feature-state', 'category'], '']],
    ['all', ['!=', ['var', 'shown'], ''], ['!=', ['to-string', p('product_category')], ['var', 'shown']]],
  ],
];

export function createProducerGroupLayers(visible = false): [CircleLayerSpecification] {
  return [
    {
      id: PRODUCER_GROUPS_CIRCLE_ID,
      type: 'circle',
      source: PRODUCER_GROUPS_SOURCE_ID,
      'source-layer': PRODUCER_GROUPS_TILE_LAYER,
      layout: { visibility: visibility(visible) },
      paint: {
        'circle-color': categoryColor(),
        'circle-radius': membersRadius(),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
        'circle-opacity': unlessHidden(0.9, groupHidden()),
        'circle-stroke-opacity': unlessHidden(1, groupHidden()),
      },
    },
  ];
}

export const producerGroupsLayer: TileLayerDefinition = {
  key: 'producerGroups',
  tileLayer: PRODUCER_GROUPS_TILE_LAYER,
  sourceId: PRODUCER_GROUPS_SOURCE_ID,
  // A group's id is its village's code (groups of one village share it), for the villages' `hidden` state and the
  // `category` state (lib/map-visibility.ts).
  source: (url) => ({ type: 'vector', url, promoteId: { [PRODUCER_GROUPS_TILE_LAYER]: 'village_code' } }),
  layers: (visible) => createProducerGroupLayers(visible),
};
