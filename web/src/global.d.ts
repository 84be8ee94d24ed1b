// What the page exposes for browser tests: the map once it exists, what it draws, and the deck.gl overlay once a deck.gl layer
// (sales flows, heat map) was first switched on.
import type { MapGeoJSONFeature, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

declare global {
  interface Window {
    __atlas?: {
      map: MapLibreMap;
      overlay?: MapboxOverlay;
      /** The features of these layers a person sees (queryRenderedFeatures without those the filters hide). */
      drawn: (layers: string[], geometry?: PointLike | [PointLike, PointLike]) => MapGeoJSONFeature[];
    };
    /** Translation keys the page asked for and no language had (i18n/index.ts); the browser tests read it. */
    __i18nMissing?: string[];
  }
}

export {};
