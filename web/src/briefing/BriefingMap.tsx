// The map of the briefing: the atlas's own MapView (same offline base map, programme layers, selection and scale
// bar), placed on the briefing's subject (camera.ts), without its controls. Printing a WebGL canvas is unreliable
// (MapLibre does not keep its drawing buffer, so a print can come out blank): once the map has drawn everything, its
// picture is taken and shown in its place in print, under the scale bar.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as maplibregl from 'maplibre-gl';
import type { MapOverrides } from '../components/map/create-map';
import MapView from '../components/map/MapView';
import { useBasemap } from '../hooks/use-basemap';
import type { SiteCollection, SiteDetail, VillageCollection, VillageFeature } from '../lib/api';
import type { VisibilityInput } from '../lib/map-visibility';
import type { UrlState } from '../state/url-state';
import { briefingCamera, type BriefingCamera } from './camera';
import { mapSelection } from './subject';

const NOOP = () => {};

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Fonts that text on the page (or a map label) has asked for are in, and the layout they change has been made. */
async function fontsSettled(): Promise<void> {
  do {
    await document.fonts.ready;
    await nextFrame();
  } while (document.fonts.status !== 'loaded');
}

/** The map's options at its creation: opened on the subject, so that it never loads and draws the country first. */
function openingOptions(camera: BriefingCamera): MapOverrides {
  // Labels appear at once: the picture waits for the map to be still, and a fade is 300 ms of waiting.
  const fadeDuration = 0;
  if (camera.kind === 'center') return { bounds: undefined, center: camera.center, zoom: camera.zoom, fadeDuration };
  return {
    bounds: camera.bounds,
    fitBoundsOptions: { padding: camera.padding, ...(camera.maxZoom === undefined ? {} : { maxZoom: camera.maxZoom }) },
    fadeDuration,
  };
}

function place(map: maplibregl.Map, camera: BriefingCamera): void {
  // No maxZoom key at all when there is none: an undefined one overrides MapLibre's default and gives a NaN zoom.
  if (camera.kind === 'bounds') map.fitBounds(camera.bounds, { padding: camera.padding, duration: 0, ...(camera.maxZoom === undefined ? {} : { maxZoom: camera.maxZoom }) });
  else map.jumpTo({ center: camera.center, zoom: camera.zoom });
}

/**
 * The map's picture (a PNG data: URL) at its next `idle`: the first frame after everything asked of it so far
 * (data, layers, camera) is loaded, placed and drawn, with no fade or transition left. It is read inside that
 * frame, while the drawing buffer is intact (MapLibre does not preserve it), and synchronously (toDataURL; Chromium's
 * toBlob reads a WebGL canvas later and was seen to return a half-drawn next frame). A repaint is asked for, so
 * a map with nothing left to do also reports `idle`.
 */
function pictureAtIdle(map: maplibregl.Map): Promise<string> {
  return new Promise((resolve, reject) => {
    map.once('idle', () => {
      try {
        const url = map.getCanvas().toDataURL('image/png');
        // A canvas of zero width or height gives "data:," (no picture).
        if (!url.startsWith('data:image/png;base64,') || url.length < 30) throw new Error('The map picture is empty (the canvas has no pixels)');
        resolve(url);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}

/** MapLibre follows its container's size through a ResizeObserver: a canvas of another size is about to be redrawn. */
function sizeSettled(map: maplibregl.Map): boolean {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  return Math.abs(container.clientWidth - canvas.clientWidth) < 1 && Math.abs(container.clientHeight - canvas.clientHeight) < 1;
}

/**
 * The picture of the map on its subject, once the page's fonts and layout are final (a font arriving late can
 * change the header's height, and with it the map's size) and the map is idle.
 */
async function takePicture(map: maplibregl.Map, camera: BriefingCamera, cancelled: () => boolean): Promise<string | null> {
  for (;;) {
    await fontsSettled();
    if (cancelled()) return null;
    place(map, camera);
    const picture = await pictureAtIdle(map);
    if (cancelled()) return null;
    if (document.fonts.status === 'loaded' && sizeSettled(map)) return picture;
  }
}

export interface BriefingMapProps {
  state: UrlState;
  /** The map's sites and villages, and what the filters keep of them (hooks/use-view-data.ts MapData). */
  sites: SiteCollection | undefined;
  villages: VillageCollection | undefined;
  visibility: VisibilityInput | null;
  /** The briefing's site and village, when it is about one (their framing needs them); camera.ts says what null means. */
  site: SiteDetail | undefined;
  village: VillageFeature | null | undefined;
  /** True once every query of the page has its data: the map is waited for only then. */
  settled: boolean;
  /** Which view of the page this is: a page that shows another view takes a new picture. */
  viewKey: number;
  /** The map's picture of that view is on the page (print shows it). */
  onReady: (viewKey: number) => void;
  onError: (message: string) => void;
}

export function BriefingMap({ state, sites, villages, visibility, site, village, settled, viewKey, onReady, onError }: BriefingMapProps) {
  const { t } = useTranslation();
  const [picture, setPicture] = useState<{ key: number; url: string } | null>(null);
  const callbacks = useRef({ onReady, onError });
  callbacks.current = { onReady, onError };
  const selection = mapSelection(state);
  const basemap = useBasemap();
  const adminUnits = basemap.data?.data['admin-units'];
  const camera = useMemo(() => briefingCamera(state, { adminUnits, site, village }), [state, adminUnits, site, village]);

  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  // The map's style has loaded. MapView learns it from the same `load` event and, in the render this causes, fills
  // its sources and layers in its effects, which run before this component's (a parent's effects run after its
  // children's): once this is true in an effect here, the map has been given everything of that render.
  const [styleLoaded, setStyleLoaded] = useState(false);
  const onMapReady = useCallback((m: maplibregl.Map | null) => {
    mapRef.current = m;
    setMap(m);
    setStyleLoaded(false);
    if (!m) return;
    if (m.isStyleLoaded()) setStyleLoaded(true);
    else m.once('load', () => setStyleLoaded(true));
  }, []);
  // MapView reports its first view also when it could not create a map at all (no WebGL): say so, or the page
  // would wait for a picture that never comes.
  const onFirstIdle = useCallback(() => {
    if (!mapRef.current) callbacks.current.onError('the map could not be created (WebGL unavailable?)');
  }, []);

  useEffect(() => {
    if (!settled || !map || !styleLoaded || !adminUnits || !camera) return;
    let cancelled = false;
    takePicture(map, camera, () => cancelled)
      .then((url) => {
        if (url !== null && !cancelled) setPicture({ key: viewKey, url });
      })
      .catch((error: unknown) => {
        if (!cancelled) callbacks.current.onError(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
    };
  }, [settled, map, styleLoaded, adminUnits, camera, viewKey]);

  // The picture goes inside MapLibre's canvas container, so the scale bar (a control, drawn above it) stays on top.
  useEffect(() => {
    if (!picture || !map) return;
    const container = map.getCanvasContainer();
    const img = document.createElement('img');
    img.className = 'briefing-map__picture';
    img.alt = '';
    img.onload = () => callbacks.current.onReady(picture.key);
    img.onerror = () => callbacks.current.onError('the map picture could not be shown');
    img.src = picture.url;
    container.append(img);
    return () => img.remove();
  }, [picture, map]);

  // The map is created once its subject's framing is known (the base map's outline of a region, a site's zone), and
  // opens there; later views (a kept page shown another briefing) are placed by takePicture.
  const [opening, setOpening] = useState<MapOverrides | null>(null);
  if (opening === null && camera !== null) setOpening(openingOptions(camera));

  return (
    <div className="briefing-map" role="img" aria-label={t('briefing.mapTitle')}>
      {opening && <MapView
        sites={sites}
        villages={villages}
        layers={state.layers}
        selectedSite={selection?.kind === 'site' ? selection.id : null}
        onSelectSite={NOOP}
        position={selection ? null : state.view}
        visibility={visibility}
        selection={selection}
        onSelect={NOOP}
        radiusKm={state.radiusKm}
        area={state.area}
        onAreaDrawn={NOOP}
        // The offline base map only: the PDF is rendered where the web base map may not be reachable.
        basemapKind="offline"
        hillshade={false}
        fitDuration={0}
        mapOptions={opening}
        onMapReady={onMapReady}
        onFirstIdle={onFirstIdle}
      />}
    </div>
  );
}
