import { describe, expect, it } from 'vitest';
import { PARTICIPATION_CLASSES, PARTICIPATION_NONE, VILLAGE_SIZE } from '../lib/config';
import { village } from '../test/fixtures';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { SELECTED_OUTLINE, VILLAGE_OUTLINE } from '../lib/config';
import { evaluatePaint } from '../test/style-expression';
import { rgbaCss } from './tile-layer';
import {
  VILLAGES_LAYER_ID,
  VILLAGES_SOURCE_ID,
  createVillagesLayer,
  participationShare,
  villageFillColor,
  villageRadiusPx,
  villagesData,
  villagesSource,
} from './villages';

describe('villageRadiusPx', () => {
  it('grows with the square root of households, so area is proportional to households', () => {
    const r1 = villageRadiusPx(200);
    const r4 = villageRadiusPx(800);
    expect(r4 / r1).toBeCloseTo(2, 5);
  });
  it('reaches the maximum at the reference size and never exceeds it', () => {
    expect(villageRadiusPx(VILLAGE_SIZE.referenceHouseholds)).toBe(VILLAGE_SIZE.maxPx);
    expect(villageRadiusPx(50_000)).toBe(VILLAGE_SIZE.maxPx);
  });
  it('keeps tiny, empty and bad values visible at the minimum', () => {
    expect(villageRadiusPx(1)).toBe(VILLAGE_SIZE.minPx);
    expect(villageRadiusPx(0)).toBe(VILLAGE_SIZE.minPx);
    expect(villageRadiusPx(Number.NaN)).toBe(VILLAGE_SIZE.minPx);
    expect(villageRadiusPx(-5)).toBe(VILLAGE_SIZE.minPx);
  });
});

describe('villageFillColor', () => {
  it('colours villages by the share of households taking part, darker for a larger share', () => {
    const colour = (participatingHouseholds: number) =>
      villageFillColor(village({ households: 1000, participatingHouseholds }).properties);
    expect(colour(5)).toEqual(PARTICIPATION_CLASSES[0]!.color); // 0.5 %
    expect(colour(20)).toEqual(PARTICIPATION_CLASSES[1]!.color); // 2 %
    expect(colour(100)).toEqual(PARTICIPATION_CLASSES[2]!.color); // 10 %
    expect(colour(400)).toEqual(PARTICIPATION_CLASSES[3]!.color); // 40 %
  });
  it('draws villages with no participation, or no households recorded, in grey', () => {
    expect(villageFillColor(village({ participatingHouseholds: 0 }).properties)).toEqual(PARTICIPATION_NONE);
    expect(villageFillColor(village({ households: 0, participatingHouseholds: 3 }).properties)).toEqual(PARTICIPATION_NONE);
  });
  it('caps the share at 1', () => {
    expect(participationShare({ households: 10, participatingHouseholds: 30 })).toBe(1);
  });
});

describe('createVillagesLayer (MapLibre circle layer)', () => {
  const paint = (property: string, value: unknown, props: object) => evaluatePaint('paint_circle', property, value, props);
  const asCss = (c: readonly number[]) => evaluatePaint('paint_circle', 'circle-color', rgbaCss(c));

  it('has a stable id and source, and draws the largest villages first so small ones stay on top', () => {
    const layer = createVillagesLayer();
    expect(layer.id).toBe(VILLAGES_LAYER_ID);
    expect(layer.source).toBe(VILLAGES_SOURCE_ID);
    expect(createVillagesLayer({ visible: false }).layout?.visibility).toBe('none');
    const data = villagesData([village({ code: 'small', households: 10 }), village({ code: 'big', households: 900 })]);
    expect(data.features.map((f) => f.properties?.code)).toEqual(['big', 'small']);
    const key = (households: number) =>
      evaluatePaint('layout_circle', 'circle-sort-key', layer.layout!['circle-sort-key'], { households }) as number;
    expect(key(900)).toBeLessThan(key(10));
  });

  it('sizes and colours each village as villageRadiusPx and villageFillColor do', () => {
    const layer = createVillagesLayer();
    for (const [households, participatingHouseholds] of [[0, 0], [1, 0], [0, 3], [50, 0], [1000, 5], [1000, 20], [1000, 100], [1000, 400], [2000, 3000], [50_000, 10]] as const) {
      const p = village({ households, participatingHouseholds }).properties;
      expect(paint('circle-radius', layer.paint!['circle-radius'], p)).toBeCloseTo(villageRadiusPx(households), 6);
      expect(paint('circle-color', layer.paint!['circle-color'], p)).toBe(asCss(villageFillColor(p)));
    }
    // The selected village is the one whose `selected` feature state is set.
    const stroke = (state: object) =>
      evaluatePaint('paint_circle', 'circle-stroke-color', layer.paint!['circle-stroke-color'], village({ code: 'sel' }).properties, state);
    expect(stroke({ selected: true })).toBe(asCss(SELECTED_OUTLINE));
    expect(stroke({})).toBe(asCss(VILLAGE_OUTLINE));
    expect(stroke({ selected: false })).toBe(asCss(VILLAGE_OUTLINE));
  });

  it('is a valid MapLibre style with its GeoJSON source', () => {
    const style: StyleSpecification = { version: 8, sources: { [VILLAGES_SOURCE_ID]: villagesSource() }, layers: [createVillagesLayer()] };
    expect(validateStyleMin(style)).toEqual([]);
  });
});
