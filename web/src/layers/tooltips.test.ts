import { describe, expect, it } from 'vitest';
import type { PickingInfo } from '@deck.gl/core';
import { site, village } from '../test/fixtures';
import { SITES_LAYER_ID } from './sites';
import { siteTooltipHtml, tooltipFor, villageTooltipHtml } from './tooltips';
import { VILLAGES_LAYER_ID } from './villages';

const t = (key: string) => `[${key}]`;
const pick = (layerId: string, object: unknown) => ({ layer: { id: layerId }, object }) as unknown as PickingInfo;

describe('tooltips', () => {
  it('shows a site in the chosen language with its hazard, status and households at risk', () => {
    const html = siteTooltipHtml(site(), 'ky', t);
    expect(html).toContain('Көкчөкөз');
    expect(html).toContain('[hazard.mudflow]');
    expect(html).toContain('[status.design]');
    expect(html).toContain('240');
  });
  it('escapes names', () => {
    const html = siteTooltipHtml(site({ name: { ky: '<img>', ru: '<img>', en: '<img>' } }), 'en', t);
    expect(html).not.toContain('<img>');
  });
  it('shows a village with households and population', () => {
    const html = villageTooltipHtml(village(), 'en', t);
    expect(html).toContain('Arslanbob');
    expect(html).toContain('1,200');
    expect(html).toContain('[village.participatingHouseholds]');
  });
  it('answers by layer id and nothing for empty space', () => {
    expect(tooltipFor(pick(SITES_LAYER_ID, site()), 'en', t)?.html).toContain('Kokchokoz');
    expect(tooltipFor(pick(VILLAGES_LAYER_ID, village()), 'en', t)?.html).toContain('Arslanbob');
    expect(tooltipFor(pick(SITES_LAYER_ID, null), 'en', t)).toBeNull();
    expect(tooltipFor(pick('other', site()), 'en', t)).toBeNull();
  });
});
