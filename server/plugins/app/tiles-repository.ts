// Vector tiles from server/sql/tiles.sql. Where PostGIS has ST_AsMVT the database encodes the tile; where it
// was built without protobuf-c (the embedded PGlite) the same query's rows are encoded here (lib/tiles/encode.ts).
// Which one is decided once at start-up by trying ST_AsMVT, not by the kind of database, so a real PostGIS
// without protobuf-c works too.
import fp from 'fastify-plugin';
import type pg from 'pg';
import { loadSql } from '../../lib/sql.ts';
import type { TileCoord } from '../../lib/tiles/coords.ts';
import { encodeTile, type TileRow } from '../../lib/tiles/encode.ts';
import { TILE_LAYER_IDS, type TileLayerId } from '../../lib/tiles/layers.ts';
import type { LayerMetadata } from '../../lib/tiles/tilejson.ts';

const STATEMENTS = [
  'probe_mvt',
  'metadata',
  ...TILE_LAYER_IDS.flatMap((id) => [`${id}_mvt`, `${id}_rows`] as const),
] as const;
const SQL = loadSql('tiles', STATEMENTS);

export type TileEncoder = 'postgis' | 'js';

export interface TilesRepositoryOptions {
  featureLimit: number;
  encoder: TileEncoder;
}

interface MetadataRow {
  layer: string;
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
  has_sample: boolean;
  sources: string[];
}

/** 'postgis' when ST_AsMVT works on this database; otherwise 'js', with the database's reason. */
export async function detectTileEncoder(pool: pg.Pool): Promise<{ encoder: TileEncoder; reason?: string }> {
  try {
    await pool.query(SQL.probe_mvt);
    return { encoder: 'postgis' };
  } catch (error) {
    return { encoder: 'js', reason: error instanceof Error ? error.message : String(error) };
  }
}

export function createTilesRepository(pool: pg.Pool, { featureLimit, encoder }: TilesRepositoryOptions) {
  return {
    encoder,

    /** The MVT bytes of one tile of one layer; zero bytes when no feature reaches it. */
    async tile(layer: TileLayerId, { z, x, y }: TileCoord): Promise<Uint8Array> {
      const params = [z, x, y, featureLimit];
      if (encoder === 'postgis') {
        const { rows } = await pool.query<{ tile: Buffer | null }>(SQL[`${layer}_mvt`], params);
        return rows[0]?.tile ?? new Uint8Array(0);
      }
      const { rows } = await pool.query<TileRow>(SQL[`${layer}_rows`], params);
      return encodeTile(layer, rows, { z, x, y });
    },

    /** Extent, sample flag and sources of each layer that has rows. */
    async metadata(): Promise<Map<TileLayerId, LayerMetadata>> {
      const { rows } = await pool.query<MetadataRow>(SQL.metadata);
      const out = new Map<TileLayerId, LayerMetadata>();
      for (const r of rows) {
        out.set(r.layer as TileLayerId, {
          bounds: [r.xmin, r.ymin, r.xmax, r.ymax],
          hasSample: r.has_sample,
          sources: r.sources,
        });
      }
      return out;
    },
  };
}
export type TilesRepository = ReturnType<typeof createTilesRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    tilesRepository: TilesRepository;
  }
}

export default fp(
  async (app) => {
    const { encoder, reason } = await detectTileEncoder(app.db.pool);
    if (encoder === 'postgis') app.log.info('Vector tiles: encoded by PostGIS (ST_AsMVT)');
    else app.log.info(`Vector tiles: encoded in the server with geojson-vt (ST_AsMVT unavailable: ${reason})`);
    app.decorate('tilesRepository', createTilesRepository(app.db.pool, { featureLimit: app.config.tileFeatureLimit, encoder }));
  },
  { name: 'tiles-repository', dependencies: ['database'] },
);
