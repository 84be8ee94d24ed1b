// Chart colours: the atlas's colour-blind-safe palettes (lib/config.ts) as CSS colours, and the few the map has
// no use for, from the same Okabe–Ito set.
import type { ProductCategory, SalesChannel } from '../lib/api';
import { CATEGORY_COLORS, CHANNEL_COLORS, RESTORATION_CLASSES, type Rgba } from '../lib/config';

const css = ([r, g, b]: Rgba) => `rgb(${r} ${g} ${b})`;

/** The channel colours of the map's sales flows, opaque. */
export const CHANNEL_FILL: Record<SalesChannel, string> = Object.fromEntries(
  Object.entries(CHANNEL_COLORS).map(([k, v]) => [k, css(v)]),
) as Record<SalesChannel, string>;

export const CATEGORY_FILL: Record<ProductCategory, string> = CATEGORY_COLORS;

/** One-series bars (sales by region): Okabe–Ito blue. */
export const SINGLE_FILL = '#0072B2';
/** A bar that is the active filter is outlined in the map's selection colour (not told by hue alone). */
export const ACTIVE_STROKE = '#dc0078';

/** Sex and age: two Okabe–Ito pairs, each pair a light and a dark tone so they read in greyscale too. */
export const PEOPLE_FILL = { women: '#E69F00', men: '#0072B2', youth: '#56B4E9', adult: '#009E73' } as const;

/** Restoration: the map's progress scale (light = planned, dark = done) and the target in vermilion. */
export const RESTORATION_FILL = {
  planned: RESTORATION_CLASSES[2].color,
  done: RESTORATION_CLASSES[4].color,
  target: '#D55E00',
} as const;

/** Indicators: actual in blue (solid), target in orange (dashed): the dash tells them apart without colour. */
export const INDICATOR_STROKE = { actual: '#0072B2', target: '#E69F00' } as const;

export const AXIS_COLOR = '#4d565d';
export const GRID_COLOR = '#e3e7ea';
