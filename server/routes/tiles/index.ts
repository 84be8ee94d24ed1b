// Vector tiles (MVT) and their TileJSON. Checks run in this order, all before any query: z (schema), x/y
// against 2^z − 1, the layer against the allowlist. An empty tile is 204 No Content (as martin answers; MapLibre
// treats it as an empty tile). Tiles are gzipped here, not by @fastify/compress (whose list of compressible types
// leaves MVT out): the ETag must name the bytes actually sent, "-gzip" telling the two encodings apart.
import { promisify } from 'node:util';
import { constants as zlib, gzip as gzipCallback } from 'node:zlib';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { tileCoordError } from '../../lib/tiles/coords.ts';
import { acceptsGzip, ifNoneMatchHits, tileEtags } from '../../lib/tiles/http.ts';
import { TILE_LAYERS, TILE_LAYER_IDS, isTileLayerId, unknownLayerMessage } from '../../lib/tiles/layers.ts';
import { buildTileJson, tileUrlTemplate } from '../../lib/tiles/tilejson.ts';
import {
  MVT_CONTENT_TYPE,
  TileJsonParamsSchema,
  TileJsonSchema,
  TileLayerListSchema,
  TileOtherParamsSchema,
  TileParamsSchema,
} from '../../schemas/tiles.ts';
import { problemResponses, problemResponsesWith404 } from '../problems.ts';

const gzip = promisify(gzipCallback);

/** Tiles smaller than this go uncompressed (the same threshold as the API's other answers). */
const GZIP_THRESHOLD = 1024;
// Level 1: on a 1,900-village tile (217 kB) it gives 62.2 kB in 2.0 ms where level 6 gives 62.0 kB in 5.3 ms.
const GZIP_OPTIONS = { level: zlib.Z_BEST_SPEED };

// scheme://host as the client addressed this server (X-Forwarded-* only if Fastify's trustProxy is set).
const baseUrl = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const cacheControl = `public, max-age=${app.config.tileCacheMaxAge}`;

  app.get('/tiles', {
    schema: {
      tags: ['tiles'],
      summary: 'The vector-tile layers, with their TileJSON and tile URLs',
      response: { 200: TileLayerListSchema, ...problemResponses },
    },
  }, async (request) => ({
    layers: TILE_LAYER_IDS.map((id) => ({
      id,
      description: TILE_LAYERS[id].description,
      geometryType: TILE_LAYERS[id].geometryType,
      tilejson: `${baseUrl(request)}/tiles/${id}.json`,
      tiles: tileUrlTemplate(baseUrl(request), id),
    })),
  }));

  app.get('/tiles/:layer.json', {
    schema: {
      tags: ['tiles'],
      summary: 'TileJSON 3.0.0 of one vector-tile layer',
      description: 'bounds and center come from the extent of the layer’s data; fields lists the feature properties.',
      params: TileJsonParamsSchema,
      response: { 200: TileJsonSchema, ...problemResponsesWith404 },
    },
  }, async (request, reply) => {
    const { layer } = request.params;
    if (!isTileLayerId(layer)) return reply.notFound(unknownLayerMessage(layer));
    const metadata = await app.tilesRepository.metadata();
    reply.header('cache-control', cacheControl);
    return buildTileJson(TILE_LAYERS[layer], metadata.get(layer), baseUrl(request));
  });

  app.get('/tiles/:layer/:z/:x/:y.mvt', {
    compress: false,
    schema: {
      tags: ['tiles'],
      summary: 'One Mapbox Vector Tile of one layer',
      description:
        'XYZ scheme, EPSG:3857, extent 4096, buffer 64. The MVT layer inside the tile is named after the layer id. ' +
        'An empty tile is 204 No Content. Sent gzipped when the client accepts it. ETag / If-None-Match give 304.',
      params: TileParamsSchema,
      response: {
        200: {
          description: 'The tile',
          content: { [MVT_CONTENT_TYPE]: { schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) } },
        },
        204: { description: 'No feature of the layer reaches this tile', type: 'null' },
        304: { description: 'Not modified (If-None-Match matched the ETag)', type: 'null' },
        ...problemResponsesWith404,
      },
    },
  }, async (request, reply) => {
    const { layer, z, x, y } = request.params;
    const badCoord = tileCoordError({ z, x, y });
    if (badCoord) return reply.badRequest(badCoord);
    if (!isTileLayerId(layer)) return reply.notFound(unknownLayerMessage(layer));

    // The encoded tile, its gzipped bytes and ETags are kept together: hashing and gzip cost as much as the query.
    const prepared = await app.queryCache.get(`tile:${layer}/${z}/${x}/${y}`, async () => {
      const tile = await app.tilesRepository.tile(layer, { z, x, y });
      if (tile.length === 0) return null;
      const bytes = Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength);
      return {
        bytes,
        gzipped: tile.length >= GZIP_THRESHOLD ? await gzip(tile, GZIP_OPTIONS) : null,
        etags: tileEtags(tile),
      };
    });
    reply.header('cache-control', cacheControl);
    reply.header('vary', 'Accept-Encoding');
    if (prepared === null) return reply.code(204).send(null);

    const { bytes, etags } = prepared;
    const gzipped = prepared.gzipped !== null && acceptsGzip(request.headers['accept-encoding']) ? prepared.gzipped : null;
    reply.header('etag', gzipped ? etags.gzip : etags.identity);
    // Either encoding's ETag matches: the tile is the same.
    if (ifNoneMatchHits(request.headers['if-none-match'], [etags.identity, etags.gzip])) {
      return reply.code(304).send(null);
    }
    reply.type(MVT_CONTENT_TYPE);
    if (gzipped) {
      reply.header('content-encoding', 'gzip');
      return reply.send(gzipped);
    }
    return reply.send(bytes);
  });

  // Anything else at tile depth (0.png, 0.pbf, 0): a 400 that says where the tiles are.
  app.get('/tiles/:layer/:z/:x/:file', {
    schema: { hide: true, params: TileOtherParamsSchema, response: problemResponses },
  }, async (request, reply) => {
    const { layer, z, x, file } = request.params;
    return reply.badRequest(
      `Tiles are Mapbox Vector Tiles at /tiles/{layer}/{z}/{x}/{y}.mvt (e.g. /tiles/${isTileLayerId(layer) ? layer : 'villages'}/${z}/${x}/0.mvt); ` +
        `received "${file}".`,
    );
  });
};
export default routes;
