// MapLibre names its buttons in English once, when the map is made (its `locale` option is read only then); the
// interface language can change afterwards, so the labels are set here whenever it does.
import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';

const BUTTONS: Record<string, string> = {
  '.maplibregl-ctrl-zoom-in': 'map.zoomIn',
  '.maplibregl-ctrl-zoom-out': 'map.zoomOut',
  '.maplibregl-ctrl-attrib-button': 'map.attribution',
};

export function useMapControlLabels(map: maplibregl.Map | null, t: (key: string) => string): void {
  useEffect(() => {
    const container = map?.getContainer();
    if (!container) return;
    for (const [selector, key] of Object.entries(BUTTONS)) {
      for (const button of container.querySelectorAll<HTMLElement>(selector)) {
        button.setAttribute('aria-label', t(key));
        button.setAttribute('title', t(key));
      }
    }
    // deck.gl's overlay canvas takes Tab focus although MapLibre's canvas beneath handles the keys: keep it out of
    // the tab order and the accessibility tree (it has no name and nothing to do with a key).
    for (const canvas of container.querySelectorAll<HTMLCanvasElement>('canvas:not(.maplibregl-canvas)')) {
      canvas.tabIndex = -1;
      canvas.setAttribute('aria-hidden', 'true');
    }
  }, [map, t]);
}
