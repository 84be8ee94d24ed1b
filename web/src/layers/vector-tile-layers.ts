// The layers MapLibre draws from the server's vector tiles, bottom to top (all beneath the deck.gl overlay).
import { hazardZonesLayer } from './hazard-zones';
import { producerGroupsLayer } from './producer-groups';
import { restorationLayer } from './restoration';
import type { TileLayerDefinition } from './tile-layer';

export const VECTOR_TILE_LAYERS: readonly TileLayerDefinition[] = [hazardZonesLayer, restorationLayer, producerGroupsLayer];

/** The base-map layer the tile layers go beneath, so labels stay readable over the zones. */
export const TILE_LAYERS_BEFORE_ID = 'oblast-label';
