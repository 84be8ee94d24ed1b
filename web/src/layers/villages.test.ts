import { describe, expect, it } from 'vitest';
import { PARTICIPATION_CLASSES, PARTICIPATION_NONE, VILLAGE_SIZE } from '../lib/config';
import { village } from '../test/fixtures';
import { VILLAGES_LAYER_ID, createVillagesLayer, participationShare, villageFillColor, villageRadiusPx } from './villages';

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

describe('createVillagesLayer', () => {
  it('has a stable id and draws the largest villages first so small ones stay on top', () => {
    const layer = createVillagesLayer({
      data: [village({ code: 'small', households: 10 }), village({ code: 'big', households: 900 })],
    });
    expect(layer.id).toBe(VILLAGES_LAYER_ID);
    expect(layer.props.pickable).toBe(true);
    const data = layer.props.data as { properties: { code: string } }[];
    expect(data.map((f) => f.properties.code)).toEqual(['big', 'small']);
  });
});
