// TileJSON 3.0.0 for one layer, from the layer's definition and its data's extent and sources.
import type { TileJson } from '../../schemas/tiles.ts';
import type { TileLayer } from './layers.ts';

/** Zooms advertised in TileJSON; the client over-zooms beyond maxzoom (the endpoint serves up to MAX_ZOOM). */
export const TILEJSON_MINZOOM = 0;
export const TILEJSON_MAXZOOM = 14;

export interface LayerMetadata {
  /** West, south, east, north in EPSG:4326. */
  bounds: [number, number, number, number];
  hasSample: boolean;
  /** "title (licence)" of each source of the layer's rows. */
  sources: string[];
}

const WORLD: [number, number, number, number] = [-180, -85.0511287798066, 180, 85.0511287798066];

// MapLibre puts `attribution` into the page as HTML; the source titles are data, so escape them.
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The zoom at which the bounds fill about a 512-pixel view. */
function fitZoom([w, s, e, n]: readonly number[]): number {
  const span = Math.max(e! - w!, n! - s!);
  if (!(span > 0)) return 12;
  return Math.min(TILEJSON_MAXZOOM, Math.max(TILEJSON_MINZOOM, Math.floor(Math.log2(720 / span))));
}

export function tileUrlTemplate(baseUrl: string, layer: string): string {
  return `${baseUrl}/tiles/${layer}/{z}/{x}/{y}.mvt`;
}

/** `baseUrl` is scheme://host of the request, no trailing slash. */
export function buildTileJson(layer: TileLayer, meta: LayerMetadata | undefined, baseUrl: string): TileJson {
  const bounds = meta?.bounds ?? WORLD;
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const attribution = [
    ...(meta?.sources ?? []).map(escapeHtml),
    ...(meta?.hasSample ? ['SAMPLE programme data, not real'] : []),
  ].join('; ');
  return {
    tilejson: '3.0.0',
    name: layer.id,
    description: layer.description,
    version: '1.0.0',
    attribution,
    scheme: 'xyz',
    tiles: [tileUrlTemplate(baseUrl, layer.id)],
    minzoom: TILEJSON_MINZOOM,
    maxzoom: TILEJSON_MAXZOOM,
    bounds: [round(bounds[0]), round(bounds[1]), round(bounds[2]), round(bounds[3])],
    center: meta
      ? [round((bounds[0] + bounds[2]) / 2), round((bounds[1] + bounds[3]) / 2), fitZoom(bounds)]
      : [0, 0, 0],
    vector_layers: [
      {
        id: layer.id,
        description: layer.description,
        minzoom: TILEJSON_MINZOOM,
        maxzoom: TILEJSON_MAXZOOM,
        fields: { ...layer.fields },
      },
    ],
  };
}
