import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { RESTORATION_CLASSES, RESTORATION_UNKNOWN } from '../lib/config';
import { tileJsonUrl } from '../lib/api';
import { evaluatePaint } from '../test/style-expression';
import {
  RESTORATION_FILL_ID,
  RESTORATION_OUTLINE_ID,
  RESTORATION_SOURCE_ID,
  createRestorationLayers,
  restorationClass,
  restorationFillColor,
  restorationLayer,
  type RestorationTileProps,
} from './restoration';

const plot = (percent_done: number | null | undefined): Partial<RestorationTileProps> => ({
  code: 'R-1',
  site_code: 'KG-J-S01',
  kind: 'reforestation',
  hectares_planned: 10,
  hectares_done: 0,
  ...(percent_done === undefined ? {} : { percent_done }),
});

const colourOf = (value: unknown, properties: object) => evaluatePaint('paint_fill', 'fill-color', value, properties);
const colour = (hex: string) => colourOf(hex, {});

describe('restoration paint', () => {
  it('colours each progress class from light (little done) to dark (nearly all done)', () => {
    const cases: [number, string][] = [
      [0, '#ffffcc'],
      [19.9, '#ffffcc'],
      [20, '#c2e699'],
      [55, '#78c679'],
      [60, '#31a354'],
      [80, '#006837'],
      [100, '#006837'],
    ];
    for (const [percent, hex] of cases) expect(colourOf(restorationFillColor(), plot(percent))).toBe(colour(hex));
  });

  it('shows plots without a percentage in neutral grey', () => {
    expect(colourOf(restorationFillColor(), plot(undefined))).toBe(colour(RESTORATION_UNKNOWN));
    expect(colourOf(restorationFillColor(), plot(null))).toBe(colour(RESTORATION_UNKNOWN));
  });

  it('agrees with restorationClass, which the legend uses', () => {
    for (const percent of [0, 10, 20, 39, 40, 61, 79.99, 80, 100]) {
      expect(colourOf(restorationFillColor(), plot(percent))).toBe(colour(restorationClass(percent)!.color));
    }
    expect(restorationClass(null)).toBeNull();
    expect(restorationClass(Number.NaN)).toBeNull();
    expect(RESTORATION_CLASSES.map((c) => c.from)).toEqual([0, 20, 40, 60, 80]);
  });
});

describe('createRestorationLayers', () => {
  it('draws a fill and an outline from the restoration source-layer, with stable ids', () => {
    const [fill, outline] = createRestorationLayers(false);
    expect([fill.id, outline.id]).toEqual([RESTORATION_FILL_ID, RESTORATION_OUTLINE_ID]);
    expect(fill['source-layer']).toBe('restoration');
    expect(outline.source).toBe(RESTORATION_SOURCE_ID);
    expect(fill.layout?.visibility).toBe('none');
  });

  it('is a valid MapLibre style with its TileJSON source', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { [RESTORATION_SOURCE_ID]: restorationLayer.source(tileJsonUrl('restoration', 'http://atlas.test/app/')) },
      layers: restorationLayer.layers(true),
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources[RESTORATION_SOURCE_ID]).toEqual({
      type: 'vector',
      url: 'http://atlas.test/tiles/restoration.json',
      promoteId: { restoration: 'site_code' },
    });
  });
});
