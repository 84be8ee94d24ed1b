// The map: MapLibre draws the offline base map, a deck.gl overlay (non-interleaved: interleaved mode
// crashes on MapLibre 6.17, see RECIPES) draws the programme layers on top.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import { mapFontFaces } from '../../basemap/fonts';
import { BASEMAP_SOURCES, LABEL_LAYER_IDS, buildBasemapStyle, labelExpression, oblastLabelPoints } from '../../basemap/style';
import { BASEMAP_LAYERS } from '../../basemap/types';
import { useBasemap } from '../../hooks/use-basemap';
import { useLang } from '../../i18n';
import type { SiteCollection, VillageCollection } from '../../lib/api';
import { COUNTRY_BOUNDS, INITIAL_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../lib/config';
import { createSitesLayer } from '../../layers/sites';
import { tooltipFor } from '../../layers/tooltips';
import { createVillagesLayer } from '../../layers/villages';
import type { LayerKey } from '../../state/view-state';
import { ErrorNotice } from '../common/ErrorNotice';
import { MapSkeleton } from './MapSkeleton';

maplibregl.setWorkerUrl(workerUrl);

export interface MapViewProps {
  sites: SiteCollection | undefined;
  villages: VillageCollection | undefined;
  layers: Record<LayerKey, boolean>;
  selectedSite: string | null;
  onSelectSite: (code: string | null) => void;
}

export default function MapView({ sites, villages, layers, selectedSite, onSelectSite }: MapViewProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const basemap = useBasemap();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  const [webglFailed, setWebglFailed] = useState(false);
  // Read once when the map is created; later changes go through setLayoutProperty below.
  const initialLang = useRef(lang);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container,
        style: buildBasemapStyle({ lang: initialLang.current, fontFaces: mapFontFaces() }),
        center: [INITIAL_VIEW.longitude, INITIAL_VIEW.latitude],
        zoom: INITIAL_VIEW.zoom,
        bounds: COUNTRY_BOUNDS,
        fitBoundsOptions: { padding: 24 },
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        maxBounds: MAX_BOUNDS,
        dragRotate: false,
        pitchWithRotate: false,
        attributionControl: { compact: true },
      });
    } catch (err) {
      console.error('Map could not be created', err);
      setWebglFailed(true);
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

    const overlay = new MapboxOverlay({ interleaved: false, layers: [] });
    map.addControl(overlay);
    mapRef.current = map;
    overlayRef.current = overlay;
    window.__atlas = { map, overlay };

    const onLoad = () => setStyleReady(true);
    if (map.isStyleLoaded()) onLoad();
    else map.once('load', onLoad);

    return () => {
      if (window.__atlas?.map === map) delete window.__atlas;
      mapRef.current = null;
      overlayRef.current = null;
      setStyleReady(false);
      map.remove(); // also removes the overlay control, which finalizes its Deck
    };
  }, []);

  // The map canvas is keyboard-focusable (arrows pan, +/- zoom); give it a name screen readers announce.
  useEffect(() => {
    const canvas = mapRef.current?.getCanvas();
    canvas?.setAttribute('aria-label', t('map.label'));
    canvas?.setAttribute('role', 'region');
  }, [t, styleReady]);

  // Base-map files arrive after the map exists: fill the sources.
  useEffect(() => {
    const map = mapRef.current;
    const loaded = basemap.data;
    if (!map || !styleReady || !loaded) return;
    for (const name of BASEMAP_LAYERS) {
      map.getSource<maplibregl.GeoJSONSource>(BASEMAP_SOURCES[name])?.setData(loaded.data[name]);
    }
    map
      .getSource<maplibregl.GeoJSONSource>(BASEMAP_SOURCES.oblastLabels)
      ?.setData(oblastLabelPoints(loaded.data['admin-units']));
  }, [basemap.data, styleReady]);

  // Labels follow the interface language.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    for (const id of LABEL_LAYER_IDS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelExpression(lang));
    }
  }, [lang, styleReady]);

  // Programme layers.
  useEffect(() => {
    const overlay = overlayRef.current;
    const map = mapRef.current;
    if (!overlay || !map) return;
    overlay.setProps({
      layers: [
        createVillagesLayer({ data: villages?.features ?? [], visible: layers.villages }),
        createSitesLayer({
          data: sites?.features ?? [],
          visible: layers.sites,
          selectedCode: selectedSite,
          onClick: (site) => onSelectSite(site.properties.code),
        }),
      ],
      getTooltip: (info: PickingInfo) => tooltipFor(info, lang, (key) => t(key)),
      onHover: (info: PickingInfo) => {
        map.getCanvas().style.cursor = info.object ? 'pointer' : '';
      },
    });
  }, [sites, villages, layers, selectedSite, onSelectSite, lang, t]);

  if (webglFailed) {
    return (
      <div className="map-fallback" role="alert">
        <p>{t('errors.webgl')}</p>
      </div>
    );
  }

  const missing = basemap.data?.missing ?? [];
  return (
    <div className="map-view">
      <div ref={containerRef} className="map-view__canvas" data-testid="map" />
      {(!styleReady || basemap.isPending) && (
        <div className="map-view__loading">
          <MapSkeleton />
        </div>
      )}
      {basemap.error && (
        <div className="map-view__notice">
          <ErrorNotice error={basemap.error} onRetry={() => void basemap.refetch()} compact />
          <p className="map-view__notice-extra">{t('errors.basemap')}</p>
        </div>
      )}
      {missing.length > 0 && (
        <p className="map-view__warning" role="status">
          {t('errors.basemapPartial', { layers: missing.join(', ') })}
        </p>
      )}
    </div>
  );
}
