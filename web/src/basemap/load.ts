// Fetches the base-map files. One missing file (rivers, say) leaves that layer empty rather than the
// whole map blank; only when none arrives is it an error.
import { api, ApiError } from '../lib/api';
import { emptyCollection } from './style';
import { BASEMAP_LAYERS, type BasemapData, type BasemapLayerName } from './types';

export interface LoadedBasemap {
  data: BasemapData;
  /** Files that could not be loaded. */
  missing: BasemapLayerName[];
}

export async function loadBasemap(signal?: AbortSignal): Promise<LoadedBasemap> {
  const results = await Promise.allSettled(BASEMAP_LAYERS.map((name) => api.basemapLayer(name, signal)));
  if (signal?.aborted) throw signal.reason;
  const data: BasemapData = {
    country: emptyCollection(),
    'admin-units': emptyCollection(),
    lakes: emptyCollection(),
    rivers: emptyCollection(),
    towns: emptyCollection(),
    'oblast-labels': emptyCollection(),
  };
  const missing: BasemapLayerName[] = [];
  let firstError: unknown = null;
  results.forEach((result, i) => {
    const name = BASEMAP_LAYERS[i];
    if (!name) return;
    if (result.status === 'fulfilled') {
      assign(data, name, result.value);
    } else {
      missing.push(name);
      firstError ??= result.reason;
    }
  });
  if (missing.length === BASEMAP_LAYERS.length) {
    throw firstError instanceof ApiError ? firstError : new ApiError('network', 0, null, '/basemap');
  }
  return { data, missing };
}

function assign<K extends BasemapLayerName>(data: BasemapData, name: K, value: BasemapData[BasemapLayerName]): void {
  data[name] = value as BasemapData[K];
}
