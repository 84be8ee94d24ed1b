import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { tileOf } from '../../../test/helpers/mvt.ts';
import { encodeTile, type TileRow } from './encode.ts';

const decode = (bytes: Uint8Array, z: number, x: number, y: number) => {
  const layer = new VectorTile(new PbfReader(bytes)).layers.villages!;
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i).toGeoJSON(x, y, z));
};

describe('encodeTile (the JS encoder)', () => {
  const village: TileRow = {
    code: 'V1', name_ru: 'Кёкчёкёз', households: 420, share: 0.25, is_sample: true, note: null,
    geometry: { type: 'Point', coordinates: [72.705, 41.1] },
  };

  it('encodes rows as one MVT v2 layer whose features decode to the same GeoJSON', () => {
    const { z, x, y } = tileOf(72.705, 41.1, 10);
    const features = decode(encodeTile('villages', [village], { z, x, y }), z, x, y);
    expect(features).toHaveLength(1);
    // Null properties are left out, as ST_AsMVT does.
    expect(features[0]!.properties).toEqual({ code: 'V1', name_ru: 'Кёкчёкёз', households: 420, share: 0.25, is_sample: true });
    const [lon, lat] = (features[0]!.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(72.705, 3);
    expect(lat).toBeCloseTo(41.1, 3);
  });

  it('gives zero bytes for no rows, or rows that miss the tile', () => {
    expect(encodeTile('villages', [], { z: 0, x: 0, y: 0 })).toHaveLength(0);
    expect(encodeTile('villages', [village], { z: 10, x: 0, y: 0 })).toHaveLength(0);
  });

  it('leaves out a polygon smaller than a tile pixel, as ST_AsMVTGeom does', () => {
    const tiny: TileRow = {
      code: 'P1',
      geometry: { type: 'Polygon', coordinates: [[[72.7, 41.1], [72.7001, 41.1], [72.7001, 41.1001], [72.7, 41.1]]] },
    };
    expect(encodeTile('villages', [tiny], tileOf(72.70005, 41.10005, 2))).toHaveLength(0);
    expect(encodeTile('villages', [tiny], tileOf(72.70005, 41.10005, 18)).length).toBeGreaterThan(0);
  });
});
