// The map: MapLibre draws the offline base map and the default programme layers (sites, villages, exposure
// rings); a deck.gl overlay (non-interleaved: interleaved mode crashes on MapLibre 6.17, see RECIPES), loaded on
// demand, draws the sales flows and heat map on top.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Polygon } from 'geojson';
import { BASEMAP_SOURCES, LABEL_LAYER_IDS, labelExpression } from '../../basemap/style';
import { BASEMAP_LAYERS } from '../../basemap/types';
import { useBasemap } from '../../hooks/use-basemap';
import { useMapPosition } from '../../hooks/use-map-position';
import { useMapControlLabels } from '../../hooks/use-map-control-labels';
import type { VisibilityInput } from '../../lib/map-visibility';
import type { MapPosition } from '../../state/filters';
import { useLang } from '../../i18n';
import { type SalesFilters, type SiteCollection, type VillageCollection } from '../../lib/api';
import { VECTOR_TILE_LAYERS } from '../../layers/vector-tile-layers';
import { useSalesByVillage } from '../../hooks/use-sales-by-village';
import type { BasemapKind, LayerKey, Selection } from '../../state/view-state';
import { useWebBasemap, type WebPiece } from '../basemap/use-web-basemap';
import { webSourceKind } from '../basemap/web-sources';
import { DrawControl } from '../draw/DrawControl';
import { useFitSelection } from '../selection/use-fit-selection';
import { useAdminLayers } from './use-admin-layers';
import { useDeckLayers } from './use-deck-layers';
import { useProgrammeLayers } from './use-programme-layers';
import { drawnFeatures, useFeatureStates } from './use-feature-states';
import { createAtlasMap, type MapOverrides } from './create-map';
import { ErrorNotice } from '../common/ErrorNotice';
import { MapSkeleton } from './MapSkeleton';

export interface MapViewProps {
  /** Every site and village the map holds (hooks/use-view-data.ts); `visibility` says which the filters keep. */
  sites: SiteCollection | undefined;
  villages: VillageCollection | undefined;
  layers: Record<LayerKey, boolean>;
  selectedSite: string | null;
  onSelectSite: (code: string | null) => void;
  /** A vector-tile layer whose TileJSON or tiles could not be loaded (the server may not publish it). */
  onLayerUnavailable?: (layer: LayerKey) => void;
  /** Where the map looks (null = fitted to the country); set from the address, back/forward or a search. */
  position?: MapPosition | null;
  /** The map stopped somewhere else (a person moved it). */
  onPositionChange?: (position: MapPosition) => void;
  /** What the filters keep of the sites and villages, and so of the zones, plots and groups (lib/map-visibility.ts). */
  visibility?: VisibilityInput | null;
  /** What is selected (any kind); selectedSite/onSelectSite stay as the site-only shorthand. */
  selection?: Selection | null;
  onSelect?: (selection: Selection) => void;
  /** Exposure radius around a site, km (the rings). */
  radiusKm?: number;
  /** The drawn area, and where a finished drawing goes. */
  area?: Polygon | null;
  onAreaDrawn?: (area: Polygon) => void;
  /** Base map: offline, or the web map over it; hill-shading; and which web piece failed (→ back to offline). */
  basemapKind?: BasemapKind;
  hillshade?: boolean;
  onWebUnavailable?: (piece: WebPiece) => void;
  /** Filters of the sales behind the flows and the heat map. */
  salesFilters?: SalesFilters;
  /** ms of the move to a new selection (0: jump, as the printed briefing does). */
  fitDuration?: number;
  /** MapLibre options over the atlas's own, read when the map is created (the printed briefing opens on its subject). */
  mapOptions?: MapOverrides;
  /** The map has drawn its first view (its first `idle`), or cannot draw at all (no WebGL). */
  onFirstIdle?: () => void;
  /** The map once created, and null once removed: for what works on the map from outside (a PNG of it). */
  onMapReady?: (map: maplibregl.Map | null) => void;
}

const NO_SALES_FILTERS: SalesFilters = {};
const NOOP = () => {};

export default function MapView({
  sites, villages, layers, selectedSite, onSelectSite, onLayerUnavailable, position, onPositionChange, visibility = null,
  selection: selectionProp, onSelect: onSelectProp, radiusKm = 5, area = null, onAreaDrawn = NOOP,
  basemapKind = 'offline', hillshade = false, onWebUnavailable = NOOP, salesFilters = NO_SALES_FILTERS, fitDuration, mapOptions, onFirstIdle, onMapReady,
}: MapViewProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const basemap = useBasemap();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  const [webglFailed, setWebglFailed] = useState(false);
  // Read once when the map is created; later changes go through setLayoutProperty below.
  const initialLang = useRef(lang);
  const initialLayers = useRef(layers);
  const initialMapOptions = useRef(mapOptions);
  const onUnavailableRef = useRef(onLayerUnavailable);
  onUnavailableRef.current = onLayerUnavailable;
  const onFirstIdleRef = useRef(onFirstIdle);
  onFirstIdleRef.current = onFirstIdle;
  const onMapReadyRef = useRef(onMapReady);
  onMapReadyRef.current = onMapReady;

  // A layout effect, not a passive one: the map is created in the same task as the commit that mounts its container,
  // not after the browser has painted the rest of the page (one frame or more later).
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: maplibregl.Map;
    try {
      map = createAtlasMap(container, { lang: initialLang.current, layers: initialLayers.current, overrides: initialMapOptions.current });
    } catch (err) {
      console.error('Map could not be created', err);
      setWebglFailed(true);
      onFirstIdleRef.current?.();
      return;
    }

    mapRef.current = map;
    // window.__atlas is for tests and benchmarks only; the page's own code is given the map by onMapReady.
    window.__atlas = { map, drawn: (layers, geometry) => drawnFeatures(map, layers, geometry) };
    onMapReadyRef.current?.(map);

    // A vector-tile layer the server does not publish (or a tile that fails) must not break the map or show an
    // error banner: the layer is reported as unavailable once and the rest of the map carries on.
    const tileSources = new Map(VECTOR_TILE_LAYERS.map((l) => [l.sourceId, l.key]));
    const reported = new Set<string>();
    map.on('error', (event: maplibregl.ErrorEvent & { sourceId?: string }) => {
      const key = event.sourceId ? tileSources.get(event.sourceId) : undefined;
      if (!key) {
        // The web base map's tile errors are handled (quietly) by use-web-basemap.
        if (!webSourceKind(event.sourceId)) console.error(event.error);
        return;
      }
      if (reported.has(key)) return;
      reported.add(key);
      console.warn(`Map layer "${key}" is not available: ${event.error?.message ?? 'unknown error'}`);
      onUnavailableRef.current?.(key);
    });

    // The tile layers' attribution (sources, "sample data") is long; MapLibre's compact control opens it once
    // when it first appears. Fold it to its (i) button so it does not cover the bottom of the map.
    const foldAttribution = () => {
      const open = container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
      if (!open) return;
      open.classList.remove('maplibregl-compact-show');
      map.off('idle', foldAttribution);
    };
    map.on('idle', foldAttribution);

    // The style already holds the vector-tile and programme layers (initialStyle).
    const onLoad = () => setStyleReady(true);
    if (map.isStyleLoaded()) onLoad();
    else map.once('load', onLoad);

    return () => {
      if (window.__atlas?.map === map) delete window.__atlas;
      mapRef.current = null;
      onMapReadyRef.current?.(null);
      setStyleReady(false);
      map.remove(); // also removes a deck.gl overlay control, which finalizes its Deck
    };
  }, []);

  // The map canvas is keyboard-focusable (arrows pan, +/- zoom); give it a name screen readers announce.
  useEffect(() => {
    const canvas = mapRef.current?.getCanvas();
    canvas?.setAttribute('aria-label', t('map.label'));
    canvas?.setAttribute('role', 'region');
  }, [t, styleReady]);

  // Position in the address, and what the filters hide (hooks/use-map-position, ./use-feature-states).
  useMapPosition(styleReady ? mapRef.current : null, position, onPositionChange);
  useFeatureStates(styleReady ? mapRef.current : null, visibility);
  useMapControlLabels(styleReady ? mapRef.current : null, t);

  // Base-map files arrive after the map exists: fill the sources.
  useEffect(() => {
    const map = mapRef.current;
    const loaded = basemap.data;
    if (!map || !styleReady || !loaded) return;
    for (const name of BASEMAP_LAYERS) {
      map.getSource<maplibregl.GeoJSONSource>(BASEMAP_SOURCES[name])?.setData(loaded.data[name]);
    }
  }, [basemap.data, styleReady]);

  // Labels follow the interface language.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    for (const id of LABEL_LAYER_IDS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelExpression(lang));
    }
  }, [lang, styleReady]);

  // Vector-tile layers follow the layer list.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    for (const def of VECTOR_TILE_LAYERS) {
      for (const layer of def.layers(layers[def.key])) {
        if (map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'visibility', layers[def.key] ? 'visible' : 'none');
      }
    }
  }, [layers, styleReady]);

  // Selection, drawing, admin boundaries, web base map, the programme layers and the deck.gl layers (hooks beside
  // this file and in ../selection, ../draw, ../basemap).
  const selection = selectionProp !== undefined ? selectionProp : selectedSite ? { kind: 'site' as const, id: selectedSite } : null;
  const onSelect = useCallback(
    (s: Selection) => (onSelectProp ? onSelectProp(s) : s.kind === 'site' && onSelectSite(s.id)),
    [onSelectProp, onSelectSite],
  );
  const drawingRef = useRef(false);
  const onDrawingChange = useCallback((drawing: boolean) => {
    drawingRef.current = drawing;
  }, []);
  const translate = useCallback((key: string) => t(key), [t]);
  const readyMap = styleReady ? mapRef.current : null;
  const sales = useSalesByVillage(salesFilters, layers.salesFlows || layers.salesHeatmap);
  const selectedVillage =
    selection?.kind === 'village' ? (villages?.features.find((f) => f.properties.code === selection.id) ?? null) : null;
  // The first view is drawn at the first `idle` once the programme layers have their data (not the style's own first
  // `idle`, which comes before): only then does the page load what can wait (the charts).
  const firstViewReported = useRef(false);
  const hasProgrammeData = sites !== undefined && villages !== undefined;
  useEffect(() => {
    if (!readyMap || !hasProgrammeData || firstViewReported.current) return;
    firstViewReported.current = true;
    readyMap.once('idle', () => onFirstIdleRef.current?.());
  }, [readyMap, hasProgrammeData]);
  useProgrammeLayers(readyMap, { sites, villages, layers, selection, radiusKm, onSelect, drawingRef, lang, t: translate });
  const overlay = useDeckLayers(readyMap, { sales: sales.data, layers });
  useAdminLayers(readyMap, overlay, { visible: layers.adminBoundaries, lang, onSelect, drawingRef });
  useWebBasemap(readyMap, { web: basemapKind === 'web', hillshade }, onWebUnavailable);
  useFitSelection(readyMap, { selection, radiusKm, area, village: selectedVillage, duration: fitDuration });

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
      <DrawControl map={readyMap} area={area} onFinish={onAreaDrawn} onDrawingChange={onDrawingChange} />
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
