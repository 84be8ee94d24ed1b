// Hover tooltips for the sites and villages, in the interface language. Pure: given a picked object (the layer
// it was found in and its feature) and a translate function, returns the tooltip content (HTML with every data
// value escaped) that the map shows beside the pointer.
import type { SiteFeature, VillageFeature } from '../lib/api';
import type { Lang } from '../lib/config';
import { formatInteger } from '../lib/format';
import { escapeHtml, localName } from '../lib/names';
import { SITES_LAYER_ID } from './sites';
import { VILLAGES_LAYER_ID } from './villages';

export type Translate = (key: string) => string;

export interface TooltipContent {
  html: string;
  className: string;
  style: Partial<CSSStyleDeclaration>;
}

/** What was found under the pointer: the layer and the object (deck.gl's PickingInfo has this shape too). */
export interface PickedObject {
  layer?: { id: string } | null;
  object?: unknown;
}

// Inline, as the tooltip element is created by the map hook (the CSS has the rows and title).
export const TOOLTIP_STYLE: Partial<CSSStyleDeclaration> = {
  backgroundColor: '#ffffff',
  color: '#1b2733',
  padding: '8px 10px',
  borderRadius: '6px',
  boxShadow: '0 4px 14px rgba(15, 30, 45, 0.22)',
  fontFamily: 'inherit',
  fontSize: '13px',
  maxWidth: '300px',
};

const row = (label: string, value: string) =>
  `<div class="atlas-tooltip__row"><span>${escapeHtml(label)}</span><b>${escapeHtml(value)}</b></div>`;

export function siteTooltipHtml(site: SiteFeature, lang: Lang, t: Translate): string {
  const p = site.properties;
  return [
    `<div class="atlas-tooltip__title">${escapeHtml(localName(p.name, lang))}</div>`,
    row(t('site.hazard'), t(`hazard.${p.hazardType}`)),
    row(t('site.status'), t(`status.${p.status}`)),
    row(t('site.householdsAtRisk'), formatInteger(p.householdsAtRisk, lang)),
  ].join('');
}

export function villageTooltipHtml(village: VillageFeature, lang: Lang, t: Translate): string {
  const p = village.properties;
  const lines = [
    `<div class="atlas-tooltip__title">${escapeHtml(localName(p.name, lang))}</div>`,
    row(t('village.households'), formatInteger(p.households, lang)),
    row(t('village.population'), formatInteger(p.population, lang)),
  ];
  if (p.participatingHouseholds > 0) {
    lines.push(row(t('village.participatingHouseholds'), formatInteger(p.participatingHouseholds, lang)));
  }
  return lines.join('');
}

export function tooltipFor(info: PickedObject, lang: Lang, t: Translate): TooltipContent | null {
  if (!info.object || !info.layer) return null;
  switch (info.layer.id) {
    case SITES_LAYER_ID:
      return { html: siteTooltipHtml(info.object as SiteFeature, lang, t), className: 'atlas-tooltip', style: TOOLTIP_STYLE };
    case VILLAGES_LAYER_ID:
      return { html: villageTooltipHtml(info.object as VillageFeature, lang, t), className: 'atlas-tooltip', style: TOOLTIP_STYLE };
    default:
      return null;
  }
}
