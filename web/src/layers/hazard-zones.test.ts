import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { HAZARD_ORDER, STATUS_ORDER, ZONE_STATUS_OUTLINES } from '../lib/config';
import { tileJsonUrl } from '../lib/api';
import { evaluatePaint } from '../test/style-expression';
import {
  HAZARD_ZONES_FILL_ID,
  HAZARD_ZONES_OUTLINE_ID,
  HAZARD_ZONES_SOURCE_ID,
  createHazardZonesLayers,
  hazardZoneFillColor,
  hazardZoneLineColor,
  hazardZoneLineDash,
  hazardZoneLineWidth,
  hazardZonesLayer,
  type HazardZoneTileProps,
} from './hazard-zones';

const zone = (overrides: Partial<HazardZoneTileProps> = {}): HazardZoneTileProps => ({
  code: 'KG-J-S01',
  name_ky: 'Көкчөкөз',
  name_ru: 'Кокчокоз',
  name_en: 'Kokchokoz',
  hazard_type: 'mudflow',
  status: 'design',
  risk_level: 'high',
  ...overrides,
});

const fill = (value: unknown, properties: object = {}) => evaluatePaint('paint_fill', 'fill-color', value, properties);
const line = (property: string, value: unknown, properties: object = {}) => evaluatePaint('paint_line', property, value, properties);

describe('hazard zone paint', () => {
  it('fills each hazard type with its Okabe–Ito colour, the same as the sites', () => {
    expect(fill(hazardZoneFillColor(), zone({ hazard_type: 'mudflow' }))).toBe('rgba(230,159,0,1)');
    expect(fill(hazardZoneFillColor(), zone({ hazard_type: 'flood' }))).toBe('rgba(0,114,178,1)');
    const colours = HAZARD_ORDER.map((h) => fill(hazardZoneFillColor(), zone({ hazard_type: h })));
    expect(new Set(colours).size).toBe(HAZARD_ORDER.length);
  });

  it('greys out a hazard type the palette does not know instead of failing', () => {
    expect(fill(hazardZoneFillColor(), { hazard_type: 'meteor' })).toBe('rgba(128,128,128,1)');
  });

  it('outlines by status: wider along the lifecycle, dashed until design starts', () => {
    const width = (status: HazardZoneTileProps['status']) =>
      line('line-width', hazardZoneLineWidth(), zone({ status })) as number;
    const widths = STATUS_ORDER.map(width);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(width('completed')).toBeGreaterThan(width('identified'));
    expect(line('line-dasharray', hazardZoneLineDash(), zone({ status: 'identified' }))).toEqual(ZONE_STATUS_OUTLINES.identified.dash);
    expect(line('line-dasharray', hazardZoneLineDash(), zone({ status: 'works' }))).toEqual([1, 0]);
    const colours = STATUS_ORDER.map((status) => line('line-color', hazardZoneLineColor(), zone({ status })));
    expect(new Set(colours).size).toBe(STATUS_ORDER.length);
  });
});

describe('createHazardZonesLayers', () => {
  it('draws a fill and an outline from the hazard_zones source-layer, with stable ids', () => {
    const [fill, outline] = createHazardZonesLayers();
    expect(fill.id).toBe(HAZARD_ZONES_FILL_ID);
    expect(outline.id).toBe(HAZARD_ZONES_OUTLINE_ID);
    for (const layer of [fill, outline]) {
      expect(layer.source).toBe(HAZARD_ZONES_SOURCE_ID);
      expect(layer['source-layer']).toBe('hazard_zones');
      expect(layer.layout?.visibility).toBe('visible');
    }
    expect(createHazardZonesLayers(false).map((l) => l.layout?.visibility)).toEqual(['none', 'none']);
  });

  it('is a valid MapLibre style with its TileJSON source', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { [HAZARD_ZONES_SOURCE_ID]: hazardZonesLayer.source(tileJsonUrl('hazard_zones', 'http://atlas.test/')) },
      layers: hazardZonesLayer.layers(true),
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources[HAZARD_ZONES_SOURCE_ID]).toEqual({
      type: 'vector',
      url: 'http://atlas.test/tiles/hazard_zones.json',
      promoteId: { hazard_zones: 'code' },
    });
  });
});
