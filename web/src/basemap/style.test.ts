import { describe, expect, it } from 'vitest';
import { MAP_FONT_BOLD, MAP_FONT_REGULAR } from './font-names';
import { BASEMAP_SOURCES, buildBasemapStyle, labelExpression } from './style';
import type { BasemapData } from './types';

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

describe('oblast labels', () => {
  const labels: BasemapData['oblast-labels'] = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [72.7, 41.5] }, properties: { code: 'KG-J', level: 'oblast', name_en: 'Jalal-Abad' } }],
  };

  it('come from their own base-map file (placed by scripts/build-base-data.ts), as drawn by the oblast-label layer', () => {
    const style = buildBasemapStyle({ lang: 'en', fontFaces, data: { 'oblast-labels': labels } });
    expect(style.layers.find((l) => l.id === 'oblast-label')).toMatchObject({ source: BASEMAP_SOURCES['oblast-labels'] });
    expect(style.sources[BASEMAP_SOURCES['oblast-labels']]).toEqual({ type: 'geojson', data: labels });
  });
});
