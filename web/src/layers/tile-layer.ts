// What the map needs to draw a layer from the server's vector tiles with MapLibre (beneath the deck.gl overlay):
// one source from the layer's TileJSON and the style layers that paint it. Factories in hazard-zones.ts and
// restoration.ts; the registry below is what MapView adds, in drawing order.
import type { ExpressionSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { TileLayerName } from '../lib/api';
import type { LayerKey } from '../state/view-state';

export interface TileLayerDefinition {
  /** The toggle in the layer list and the view state. */
  key: LayerKey;
  /** TileJSON id and MVT source-layer name on the server. */
  tileLayer: TileLayerName;
  /** MapLibre source id. */
  sourceId: string;
  /** The vector source, given the TileJSON's absolute URL. */
  source(tileJsonUrl: string): VectorSourceSpecification;
  /** The style layers, bottom to top, shown or hidden. */
  layers(visible: boolean): LayerSpecification[];
}

export const visibility = (visible: boolean) => (visible ? 'visible' : 'none') as 'visible' | 'none';

/** `['get', name]` for a property of the tile layer, checked against its typed properties. */
export const get = <P>(name: keyof P & string) => ['get', name] as ['get', string];

/** `#rrggbb` from deck.gl's 0–255 RGBA (alpha is set by the layer's opacity instead). */
export function rgbHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => Math.round(c ?? 0).toString(16).padStart(2, '0')).join('')}`;
}


/** `rgba(r,g,b,a)` from deck.gl-style 0–255 RGBA, for MapLibre paint properties that keep the alpha. */
export function rgbaCss([r = 0, g = 0, b = 0, a = 255]: readonly number[]): string {
  return `rgba(${Math.round(r)},${Math.round(g)},${Math.round(b)},${Math.round((a / 255) * 1000) / 1000})`;
}

/**
 * True for a feature the filters leave out: its `hidden` feature state, set by components/map/use-feature-states.ts
 * from lib/map-visibility.ts. Feature state, not a filter, so a filter switch is drawn in the next frame.
 */
export const isHidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];

/**
 * The rule the layers' opacity draws, in JavaScript (for picking and tests: queryRenderedFeatures also returns what is
 * drawn at opacity 0): hidden by its `hidden` state, or, for a producer group, by a `category` state naming another
 * category (producer-groups.ts `groupHidden` is its MapLibre form).
 */
export function hiddenByState(state: Record<string, unknown> | undefined, properties: Record<string, unknown> | null | undefined): boolean {
  if (state?.hidden === true) return true;
  const category = typeof state?.category === 'string' ? state.category : '';
  return category !== '' && properties?.product_category !== undefined && String(properties.product_category) !== category;
}

/** An opacity that is 0 for a hidden feature and `value` otherwise. */
export const unlessHidden = (value: number | ExpressionSpecification, hidden: ExpressionSpecification = isHidden): ExpressionSpecification => [
  'case',
  hidden,
  0,
  value,
];
