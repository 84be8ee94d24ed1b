import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { MAP_FONT_BOLD, MAP_FONT_REGULAR } from './font-names';
import { buildBasemapStyle, labelExpression, oblastLabelPoints } from './style';
import type { AdminUnitProps } from './types';

const fontFaces = {
  [MAP_FONT_REGULAR]: [{ url: 'http://x/r.woff2' }],
  [MAP_FONT_BOLD]: [{ url: 'http://x/b.woff2' }],
};

describe('buildBasemapStyle', () => {
  const style = buildBasemapStyle({ lang: 'ky', fontFaces });

  it('declares every font its labels use in font-faces and needs no glyph server', () => {
    expect(style.glyphs).toBeUndefined();
    for (const layer of style.layers) {
      if (layer.type !== 'symbol') continue;
      const fonts = layer.layout?.['text-font'];
      expect(Array.isArray(fonts)).toBe(true);
      for (const font of fonts as string[]) expect(Object.keys(style['font-faces'] ?? {})).toContain(font);
    }
  });

  it('has a source for every layer that needs one', () => {
    for (const layer of style.layers) {
      if ('source' in layer && typeof layer.source === 'string') expect(style.sources).toHaveProperty(layer.source);
    }
  });

  it('labels in the chosen language', () => {
    const townLabel = style.layers.find((l) => l.id === 'towns-label-major');
    expect(townLabel?.layout).toMatchObject({ 'text-field': labelExpression('ky') });
  });
});

describe('labelExpression', () => {
  it('falls back from Kyrgyz to Russian then English', () => {
    expect(labelExpression('ky')).toEqual(['coalesce', ['get', 'name_ky'], ['get', 'name_ru'], ['get', 'name_en'], '']);
    expect(labelExpression('en').slice(0, 3)).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_ru']]);
  });
});

describe('oblastLabelPoints', () => {
  it('puts one label inside each polygon, even a crescent whose centroid lies outside', () => {
    // A "C" shape: its centroid falls in the opening.
    const crescent: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [4, 0], [4, 1], [1, 1], [1, 3], [4, 3], [4, 4], [0, 4], [0, 0]]],
    };
    const square: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]]] };
    const admin: FeatureCollection<Polygon | MultiPolygon, AdminUnitProps> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: crescent, properties: { name_en: 'C', level: 'oblast' } },
        { type: 'Feature', geometry: square, properties: { name_en: 'S', level: 'oblast' } },
      ],
    };
    const points = oblastLabelPoints(admin);
    expect(points.features).toHaveLength(2);
    expect(booleanPointInPolygon(points.features[0]!.geometry, crescent)).toBe(true);
    expect(points.features[1]?.properties.name_en).toBe('S');
  });
});
