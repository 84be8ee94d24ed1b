// The map in its own chunk (MapLibre is most of the first view's JavaScript): requested as soon as this module runs,
// and shown by this small component once it is in, so only this component re-renders then, not the whole page.
// Not React.lazy + Suspense: React throttles the reveal of a suspended boundary (~300 ms), which delays the map.
import { useEffect, useState } from 'react';
import type { MapViewProps } from './MapView';
import { MapSkeleton } from './MapSkeleton';

type MapViewComponent = typeof import('./MapView').default;
let loaded: MapViewComponent | null = null;
const chunk = import('./MapView').then((m) => (loaded = m.default));

/** Resolves once the map chunk is in, or failed (then the page shows the skeleton and logs why). */
export function mapChunkSettled(): Promise<void> {
  return chunk.then(() => undefined, () => undefined);
}

export function LazyMapView(props: MapViewProps) {
  const [MapView, setMapView] = useState<MapViewComponent | null>(() => loaded);
  useEffect(() => {
    if (MapView) return;
    let live = true;
    chunk.then(
      (component) => live && setMapView(() => component),
      (err: unknown) => console.error('The map could not be loaded', err),
    );
    return () => {
      live = false;
    };
  }, [MapView]);
  return MapView ? <MapView {...props} /> : <MapSkeleton />;
}
