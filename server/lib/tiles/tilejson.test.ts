import { describe, expect, it } from 'vitest';
import { TILE_LAYERS } from './layers.ts';
import { buildTileJson } from './tilejson.ts';

describe('buildTileJson', () => {
  const meta = { bounds: [72.7, 40.2, 78, 42.5] as [number, number, number, number], hasSample: true, sources: ['A <b>title</b> (CC0-1.0)'] };

  it('builds TileJSON 3.0.0 with an absolute tile URL, the data bounds and a centre inside them', () => {
    const tj = buildTileJson(TILE_LAYERS.hazard_zones, meta, 'https://atlas.example');
    expect(tj).toMatchObject({
      tilejson: '3.0.0',
      name: 'hazard_zones',
      scheme: 'xyz',
      tiles: ['https://atlas.example/tiles/hazard_zones/{z}/{x}/{y}.mvt'],
      bounds: [72.7, 40.2, 78, 42.5],
      center: [75.35, 41.35, 7],
    });
    expect(tj.vector_layers).toEqual([
      expect.objectContaining({ id: 'hazard_zones', fields: expect.objectContaining({ hazard_type: 'String', households_at_risk: 'Number' }) }),
    ]);
  });

  it('escapes source titles, which MapLibre shows as HTML, and says when data is sample', () => {
    const tj = buildTileJson(TILE_LAYERS.villages, meta, 'http://x');
    expect(tj.attribution).toBe('A &lt;b&gt;title&lt;/b&gt; (CC0-1.0); SAMPLE programme data, not real');
  });

  it('falls back to the whole Web Mercator world for a layer with no data', () => {
    const tj = buildTileJson(TILE_LAYERS.restoration, undefined, 'http://x');
    expect(tj.bounds).toEqual([-180, -85.051129, 180, 85.051129]);
    expect(tj.center).toEqual([0, 0, 0]);
    expect(tj.attribution).toBe('');
  });
});
