// The allowlist of vector-tile layers. A layer id from a URL is looked up here and nowhere else; it selects
// the named statements `<id>_mvt` / `<id>_rows` of server/sql/tiles.sql and is the MVT layer name in the tile.
// These ids and fields are the contract with the web client's map layers.

export const TILE_LAYER_IDS = ['villages', 'hazard_zones', 'restoration', 'producer_groups'] as const;
export type TileLayerId = (typeof TILE_LAYER_IDS)[number];

/** TileJSON `fields` value types (what martin and pg_tileserv write). */
export type FieldType = 'String' | 'Number' | 'Boolean';

export interface TileLayer {
  id: TileLayerId;
  description: string;
  geometryType: 'Point' | 'Polygon';
  /** Flat feature properties, in the order the SQL selects them. */
  fields: Readonly<Record<string, FieldType>>;
}

const NAMES = { name_ky: 'String', name_ru: 'String', name_en: 'String' } as const;

export const TILE_LAYERS: Readonly<Record<TileLayerId, TileLayer>> = {
  villages: {
    id: 'villages',
    description: 'Villages with their households and OVOP+1 participation (largest first when a tile is full)',
    geometryType: 'Point',
    fields: {
      code: 'String',
      ...NAMES,
      households: 'Number',
      participating_households: 'Number',
      participants: 'Number',
      oblast_code: 'String',
      is_sample: 'Boolean',
    },
  },
  hazard_zones: {
    id: 'hazard_zones',
    description: 'Hazard-zone polygons of the programme sites',
    geometryType: 'Polygon',
    fields: {
      code: 'String',
      ...NAMES,
      hazard_type: 'String',
      status: 'String',
      risk_level: 'String',
      households_at_risk: 'Number',
      is_sample: 'Boolean',
    },
  },
  restoration: {
    id: 'restoration',
    description: 'Restoration plots with their progress (percent_done is absent when nothing was planned)',
    geometryType: 'Polygon',
    fields: {
      code: 'String',
      site_code: 'String',
      kind: 'String',
      ...NAMES,
      hectares_planned: 'Number',
      hectares_done: 'Number',
      percent_done: 'Number',
      is_sample: 'Boolean',
    },
  },
  producer_groups: {
    id: 'producer_groups',
    description: 'OVOP+1 producer groups, drawn at their village (largest first when a tile is full)',
    geometryType: 'Point',
    fields: {
      code: 'String',
      ...NAMES,
      village_code: 'String',
      product_category: 'String',
      members_total: 'Number',
      members_women: 'Number',
      members_youth: 'Number',
      is_sample: 'Boolean',
    },
  },
};

export function isTileLayerId(id: string): id is TileLayerId {
  return (TILE_LAYER_IDS as readonly string[]).includes(id);
}

/** The 404 sentence for a layer that does not exist. */
export function unknownLayerMessage(id: string): string {
  return `No tile layer is called "${id}". The layers are: ${TILE_LAYER_IDS.join(', ')} (GET /tiles lists them).`;
}
