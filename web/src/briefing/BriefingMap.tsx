// The map of the briefing: the atlas's own MapView (same offline base map, programme layers, selection and scale
// bar), fitted to the briefing's subject, without its controls. Printing a WebGL canvas is unreliable (MapLibre
// does not keep its drawing buffer, so a print can come out blank): once the map has settled, its picture is taken
// (lib/map-image.ts) and shown in its place in print, under the scale bar.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as maplibregl from 'maplibre-gl';
import MapView from '../components/map/MapView';
import type { SiteCollection, VillageCollection } from '../lib/api';
import type { TileFilters } from '../lib/tile-filters';
import { mapToPng } from '../lib/map-image';
import type { UrlState } from '../state/url-state';
import { mapSelection } from './subject';

const NOOP = () => {};
/** Quiet time after `idle` in which no frame may be drawn before the map counts as settled: label fonts and late
 * tiles can trigger a redraw just after the first `idle`. */
const QUIET_MS = 250;
const MAX_ROUNDS = 20;

function whenIdle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => {
    if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
    else map.once('idle', () => resolve());
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves once the map has its data and is idle, and stays so for QUIET_MS (no frame drawn in between). MapView
 * fills its sources and fits the selection in effects that run only after its style has loaded, which it shows by
 * removing its loading cover: `map.loaded()` is true for a moment before that, with nothing drawn yet.
 */
async function settle(map: maplibregl.Map, frame: HTMLElement, cancelled: () => boolean): Promise<void> {
  if ('fonts' in document) await document.fonts.ready;
  while (frame.querySelector('.map-view__loading') && !cancelled()) await sleep(50);
  // Let the effects of the render that removed the cover run (they set the data and start the fit).
  await sleep(0);
  await new Promise((r) => requestAnimationFrame(r));
  for (let round = 0; round < MAX_ROUNDS && !cancelled(); round++) {
    await whenIdle(map);
    let drawn = false;
    const onRender = () => (drawn = true);
    map.on('render', onRender);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    map.off('render', onRender);
    if (!drawn) return;
  }
}

export interface BriefingMapProps {
  state: UrlState;
  sites: SiteCollection | undefined;
  villages: VillageCollection | undefined;
  tileFilters: TileFilters;
  /** True once every query of the page has its data: the map is waited for only then. */
  settled: boolean;
  /** The map's picture is on the page (print shows it). */
  onReady: () => void;
  onError: (message: string) => void;
}

export function BriefingMap({ state, sites, villages, tileFilters, settled, onReady, onError }: BriefingMapProps) {
  const { t } = useTranslation();
  const [picture, setPicture] = useState<string | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onReady, onError });
  callbacks.current = { onReady, onError };
  const selection = mapSelection(state);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const onMapReady = useCallback((m: maplibregl.Map | null) => {
    mapRef.current = m;
    setMap(m);
  }, []);
  // MapView reports its first view also when it could not create a map at all (no WebGL): say so, or the page
  // would wait for a picture that never comes.
  const onFirstIdle = useCallback(() => {
    if (!mapRef.current) callbacks.current.onError('the map could not be created (WebGL unavailable?)');
  }, []);

  useEffect(() => {
    if (!settled || !map) return;
    let cancelled = false;
    let url: string | null = null;
    const take = async () => {
      const frame = frameRef.current;
      if (!frame) return;
      await settle(map, frame, () => cancelled);
      const blob = await mapToPng(map);
      if (cancelled) return;
      url = URL.createObjectURL(blob);
      setPicture(url);
    };
    take().catch((error: unknown) => callbacks.current.onError(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [settled, map]);

  // The picture goes inside MapLibre's canvas container, so the scale bar (a control, drawn above it) stays on top.
  useEffect(() => {
    if (!picture || !map) return;
    const container = map.getCanvasContainer();
    const img = document.createElement('img');
    img.className = 'briefing-map__picture';
    img.alt = '';
    img.onload = () => callbacks.current.onReady();
    img.onerror = () => callbacks.current.onError('the map picture could not be shown');
    img.src = picture;
    container.append(img);
    return () => img.remove();
  }, [picture, map]);

  return (
    <div className="briefing-map" ref={frameRef} role="img" aria-label={t('briefing.mapTitle')}>
      <MapView
        sites={sites}
        villages={villages}
        layers={state.layers}
        selectedSite={selection?.kind === 'site' ? selection.id : null}
        onSelectSite={NOOP}
        position={selection ? null : state.view}
        tileFilters={tileFilters}
        selection={selection}
        onSelect={NOOP}
        radiusKm={state.radiusKm}
        area={state.area}
        onAreaDrawn={NOOP}
        // The offline base map only: the PDF is rendered where the web base map may not be reachable.
        basemapKind="offline"
        hillshade={false}
        fitDuration={0}
        onMapReady={onMapReady}
        onFirstIdle={onFirstIdle}
      />
    </div>
  );
}
