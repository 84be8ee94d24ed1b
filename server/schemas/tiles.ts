// The vector-tile contract: path parameters, TileJSON 3.0.0 and the layer list. Layer ids and their fields are
// in server/lib/tiles/layers.ts.
import { Type, type Static } from 'typebox';
import { MAX_ZOOM } from '../lib/tiles/coords.ts';
import { TILE_LAYER_IDS } from '../lib/tiles/layers.ts';

export const MVT_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile';

const layerParam = Type.String({
  description: `Layer id: ${TILE_LAYER_IDS.join(', ')}`,
  examples: ['villages'],
});

// x and y are checked against 2^z − 1 in the handler (the bound depends on z), before any query.
export const TileParamsSchema = Type.Object({
  layer: layerParam,
  z: Type.Integer({ minimum: 0, maximum: MAX_ZOOM, description: 'Zoom level' }),
  x: Type.Integer({ description: 'Column, 0 to 2^z − 1 (west to east)' }),
  y: Type.Integer({ description: 'Row, 0 to 2^z − 1 (north to south, XYZ scheme)' }),
});
export type TileParams = Static<typeof TileParamsSchema>;

export const TileOtherParamsSchema = Type.Object({
  layer: Type.String(),
  z: Type.String(),
  x: Type.String(),
  file: Type.String(),
});

export const TileJsonParamsSchema = Type.Object({ layer: layerParam });

const FieldTypeSchema = Type.Union([Type.Literal('String'), Type.Literal('Number'), Type.Literal('Boolean')]);

export const VectorLayerSchema = Type.Object({
  id: Type.String({ description: 'MVT layer name inside the tiles (= the layer id)' }),
  description: Type.String(),
  minzoom: Type.Integer(),
  maxzoom: Type.Integer(),
  fields: Type.Record(Type.String(), FieldTypeSchema, { description: 'Feature properties and their types' }),
});

export const TileJsonSchema = Type.Object(
  {
    tilejson: Type.Literal('3.0.0'),
    name: Type.String(),
    description: Type.String(),
    version: Type.String(),
    attribution: Type.String({ description: 'Sources of the layer (HTML-escaped text)' }),
    scheme: Type.Literal('xyz'),
    tiles: Type.Array(Type.String(), { description: 'Tile URL template, absolute' }),
    minzoom: Type.Integer(),
    maxzoom: Type.Integer(),
    bounds: Type.Tuple([Type.Number(), Type.Number(), Type.Number(), Type.Number()], {
      description: 'West, south, east, north (EPSG:4326) of the layer’s data',
    }),
    center: Type.Tuple([Type.Number(), Type.Number(), Type.Integer()], { description: 'Longitude, latitude, zoom' }),
    vector_layers: Type.Array(VectorLayerSchema),
  },
  { description: 'TileJSON 3.0.0 (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0)' },
);
export type TileJson = Static<typeof TileJsonSchema>;

export const TileLayerListSchema = Type.Object({
  layers: Type.Array(
    Type.Object({
      id: Type.String(),
      description: Type.String(),
      geometryType: Type.Union([Type.Literal('Point'), Type.Literal('Polygon')]),
      tilejson: Type.String({ description: 'Absolute URL of the layer’s TileJSON' }),
      tiles: Type.String({ description: 'Absolute tile URL template' }),
    }),
  ),
});
export type TileLayerList = Static<typeof TileLayerListSchema>;
