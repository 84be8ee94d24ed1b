import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { tileJsonUrl } from '../lib/api';
import { evaluatePaint } from '../test/style-expression';
import { PRODUCER_GROUPS_SOURCE_ID, createProducerGroupLayers, producerGroupsLayer, type ProducerGroupTileProps } from './producer-groups';
import { hiddenByState } from './tile-layer';

const group: ProducerGroupTileProps = {
  code: 'PG-1',
  product_category: 'felt',
  members_total: 12,
  members_women: 9,
  members_youth: 4,
  village_code: 'V-1',
};
const [circle] = createProducerGroupLayers(true);
const opacity = (state: object) => evaluatePaint('paint_circle', 'circle-opacity', circle.paint?.['circle-opacity'], group, state);

describe('producer groups and the filters (feature state of their village)', () => {
  it('are drawn when their village has no state yet, or is shown with every category', () => {
    expect(opacity({})).toBe(0.9);
    expect(opacity({ hidden: false, category: '' })).toBe(0.9);
  });

  it('are hidden with their village', () => {
    expect(opacity({ hidden: true, category: '' })).toBe(0);
  });

  it('are drawn when the category shown is theirs, hidden when it is another', () => {
    expect(opacity({ hidden: false, category: 'felt' })).toBe(0.9);
    expect(opacity({ hidden: false, category: 'honey' })).toBe(0);
    expect(evaluatePaint('paint_circle', 'circle-stroke-opacity', circle.paint?.['circle-stroke-opacity'], group, { category: 'honey' })).toBe(0);
  });

  it('are hidden by the JavaScript rule (picking, tests) exactly when the paint draws them transparent', () => {
    const states = [{}, { hidden: true }, { hidden: false, category: '' }, { category: 'felt' }, { category: 'honey' }, { hidden: true, category: 'felt' }];
    for (const state of states) expect(hiddenByState(state, { ...group }), JSON.stringify(state)).toBe(opacity(state) === 0);
    // Sites, villages and zones carry no category: only `hidden` counts for them.
    expect(hiddenByState({ category: 'honey' }, { code: 'KG-J-01' })).toBe(false);
  });

  it('is a valid MapLibre style whose source promotes the village code to the feature id', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { [PRODUCER_GROUPS_SOURCE_ID]: producerGroupsLayer.source(tileJsonUrl('producer_groups', 'http://atlas.test/app/')) },
      layers: producerGroupsLayer.layers(true),
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources[PRODUCER_GROUPS_SOURCE_ID]).toMatchObject({ promoteId: { producer_groups: 'village_code' } });
  });
});
