import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { Polygon } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { BasemapSwitch } from './components/basemap/BasemapSwitch';
import type { WebPiece } from './components/basemap/use-web-basemap';
import { ErrorNotice } from './components/common/ErrorNotice';
import { FiltersSection } from './components/filters/FiltersSection';
import { DrawerToggles, type Drawer } from './components/header/DrawerToggles';
import { Header } from './components/header/Header';
import { HeaderTools } from './components/header/HeaderTools';
import { LazyMapView } from './components/map/LazyMapView';
import { KeyFigures } from './components/key-figures/KeyFigures';
import { ViewDownloads } from './components/header/ViewDownloads';
import { LayerPanel } from './components/sidebar/LayerPanel';
import { Legend } from './components/sidebar/Legend';
import { SelectionPanel } from './components/selection/SelectionPanel';
import { initialViewFromUrl, useUrlState } from './hooks/use-url-state';
import { useSummary } from './hooks/use-summary';
import { useSettledView } from './hooks/use-settled-view';
import { useViewData } from './hooks/use-view-data';
import { loadArea, preloadLanguages, useLang } from './i18n';
import { useRegionName } from './hooks/use-region-detail';
import { useAreaAnalysis } from './hooks/use-area-analysis';
import { ApiError } from './lib/api';
import { periodBounds, type MapPosition } from './state/filters';
import { chartScope } from './state/chart-scope';
import { selectedSiteCode, viewReducer, type BasemapKind, type LayerKey, type Selection } from './state/view-state';

// Charts (recharts) and the results table load on demand, never with the map's first view; each with its strings
// (i18n loadArea), so none shows untranslated.
const ChartsPanel = lazy(() => Promise.all([import('./components/charts/ChartsPanel'), loadArea('charts')]).then(([m]) => m));
const ResultsTable = lazy(() => Promise.all([import('./components/results/ResultsTable'), loadArea('results')]).then(([m]) => m));
const CHARTS_AT_THE_LATEST_MS = 8000;

export function App() {
  const { t } = useTranslation();
  const lang = useLang();
  // The address holds the whole view (state/url-state.ts): read on load, written on change, restored on back/forward.
  const [view, dispatch] = useReducer(viewReducer, undefined, initialViewFromUrl);
  useUrlState(view, dispatch, lang);
  const [drawer, setDrawer] = useState<Drawer | null>(null);
  const toggleDrawer = useCallback((d: Drawer) => setDrawer((open) => (open === d ? null : d)), []);
  const setPosition = useCallback(
    (position: MapPosition) => dispatch({ type: 'setView', view: position }),
    [],
  );
  const [unavailable, setUnavailable] = useState<ReadonlySet<LayerKey>>(() => new Set());

  const selectSite = useCallback((code: string | null) => dispatch({ type: 'selectSite', code }), []);
  const toggleLayer = useCallback((layer: LayerKey) => dispatch({ type: 'toggleLayer', layer }), []);
  const markUnavailable = useCallback(
    (layer: LayerKey) => setUnavailable((current) => (current.has(layer) ? current : new Set([...current, layer]))),
    [],
  );

  // Selection of any kind, the exposure radius, the drawn area and the base map (issue 4, part A).
  const select = useCallback((selection: Selection | null) => dispatch({ type: 'select', selection }), []);
  const setRadius = useCallback((km: number) => dispatch({ type: 'setRadius', km }), []);
  const setArea = useCallback((area: Polygon) => dispatch({ type: 'setArea', area }), []);
  const [webUnavailable, setWebUnavailable] = useState<ReadonlySet<WebPiece>>(() => new Set());
  const setBasemap = useCallback((basemap: BasemapKind) => {
    if (basemap === 'web') setWebUnavailable((s) => new Set([...s].filter((p) => p !== 'web')));
    dispatch({ type: 'setBasemap', basemap });
  }, []);
  const setHillshade = useCallback((on: boolean) => {
    if (on) setWebUnavailable((s) => new Set([...s].filter((p) => p !== 'hillshade')));
    dispatch({ type: 'setHillshade', on });
  }, []);
  const onWebUnavailable = useCallback((piece: WebPiece) => {
    setWebUnavailable((s) => new Set([...s, piece]));
    dispatch(piece === 'web' ? { type: 'setBasemap', basemap: 'offline' } : { type: 'setHillshade', on: false });
  }, []);
  const salesFilters = useMemo(
    () => ({ region: view.filters.region, hazard: view.filters.hazard, channel: view.filters.channel, ...periodBounds(view.filters) }),
    [view.filters],
  );
  // The key figures, the charts and the briefing follow the filters and the selection on the map alike.
  const { filters, selection, area } = view;
  // One scope for the key figures and every chart. A drawn area the server refuses (edges crossing, too large) has
  // its message in the area panel; figures and charts then stay with the filters rather than repeating the refusal.
  const areaCheck = useAreaAnalysis(selection?.kind === 'area' ? area : null);
  const areaRefused = areaCheck.error instanceof ApiError && areaCheck.error.status >= 400 && areaCheck.error.status < 500;
  const scope = useMemo(
    () => chartScope({ filters, selection: areaRefused ? null : selection, area }),
    [filters, selection, area, areaRefused],
  );
  // The key figures' own query (the same key, so one request): it says whether what is shown is sample data.
  const summary = useSummary(scope);
  const [resultsOpen, setResultsOpen] = useState(false);
  // The charts (recharts, ~100 kB) load once the map has drawn its first view, so they never slow it down.
  const [mapDrawn, setMapDrawn] = useState(false);
  const onMapDrawn = useCallback(() => setMapDrawn(true), []);
  // The view the charts and the map draw: a filter switch shows on both in one render, once all their answers are
  // in (only the map's before the charts are loaded). Sites and villages narrowed by the filters, and what the map
  // draws of them.
  const nextView = useMemo(() => ({ scope, filters }), [scope, filters]);
  const settled = useSettledView(nextView, { charts: mapDrawn });
  const { sites, villages, map: mapData } = useViewData(filters, settled.shown.filters);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  // …or after a while in any case (the sites or villages may not load: the charts must not wait on them for ever).
  useEffect(() => {
    const timer = window.setTimeout(onMapDrawn, CHARTS_AT_THE_LATEST_MS);
    return () => window.clearTimeout(timer);
  }, [onMapDrawn]);
  // The other languages' strings load once the map has drawn (not with the first view), so a switch is immediate.
  useEffect(() => {
    if (mapDrawn) preloadLanguages();
  }, [mapDrawn]);
  const resultsRegion = scope.region;
  const selectedVillage =
    view.selection?.kind === 'village' ? (villages.data?.features.find((f) => f.properties.code === view.selection?.id) ?? null) : null;
  const selectedRegionName = useRegionName(view.selection?.kind === 'region' ? view.selection.id : null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') selectSite(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectSite]);

  const isSample =
    summary.data?.isSample === true || sites.data?.features.some((f) => f.properties.isSample) === true;
  const layerError = sites.error ?? villages.error;
  // A layer the server could not provide has nothing on the map to explain.
  const legendLayers = useMemo(
    () => ({ ...view.layers, ...Object.fromEntries([...unavailable].map((key) => [key, false])) }),
    [view.layers, unavailable],
  );

  return (
    <div className="app">
      <a className="skip-link" href="#map">
        {t('app.skipToMap')}
      </a>
      <Header
        isSample={isSample}
        tools={<HeaderTools currency={view.currency} position={view.view} dispatch={dispatch} />}
        drawers={<DrawerToggles open={drawer} onToggle={toggleDrawer} />}
      />
      <KeyFigures filters={settled.shown.scope} updating={settled.updating} currency={view.currency} />
      <div className="layout">
        <aside id="atlas-sidebar" className={`sidebar${drawer === 'sidebar' ? ' is-open' : ''}`} aria-label={t('filters.sidebar')}>
          <FiltersSection filters={view.filters} dispatch={dispatch} />
          <LayerPanel
            layers={view.layers}
            onToggle={toggleLayer}
            counts={{ sites: sites.data?.features.length, villages: villages.data?.features.length }}
            unavailable={unavailable}
          />
          <BasemapSwitch
            basemap={view.basemap}
            hillshade={view.hillshade}
            unavailable={webUnavailable}
            onBasemapChange={setBasemap}
            onHillshadeChange={setHillshade}
          />
          <Legend layers={legendLayers} />
        </aside>
        <main className="map-area" id="map" tabIndex={-1}>
          <LazyMapView
            sites={mapData.sites}
            villages={mapData.villages}
            visibility={mapData.visibility}
            layers={view.layers}
            selectedSite={selectedSiteCode(view)}
            onSelectSite={selectSite}
            onLayerUnavailable={markUnavailable}
            position={view.view}
            onPositionChange={setPosition}
            selection={view.selection}
            onSelect={select}
            radiusKm={view.radiusKm}
            area={view.area}
            onAreaDrawn={setArea}
            basemapKind={view.basemap}
            hillshade={view.hillshade}
            onWebUnavailable={onWebUnavailable}
            salesFilters={salesFilters}
            onFirstIdle={onMapDrawn}
            onMapReady={setMap}
          />
          {resultsOpen && (
            <Suspense fallback={null}>
              <ResultsTable overlay region={resultsRegion} onClose={() => setResultsOpen(false)} />
            </Suspense>
          )}
          {layerError && (
            <div className="map-area__notice">
              <ErrorNotice
                error={layerError}
                onRetry={() => {
                  void sites.refetch();
                  void villages.refetch();
                }}
              />
            </div>
          )}
        </main>
        <aside id="atlas-panel" className={`panel${drawer === 'panel' ? ' is-open' : ''}`} aria-label={t('summary.title')}>
          <div className="panel__actions">
            <button
              type="button"
              className="button"
              data-testid="open-results"
              aria-pressed={resultsOpen}
              onClick={() => setResultsOpen((open) => !open)}
            >
              {t('results.open')}
            </button>
            <ViewDownloads view={view} lang={lang} map={map} />
          </div>
          <SelectionPanel
            selection={view.selection}
            radiusKm={view.radiusKm}
            area={view.area}
            village={selectedVillage}
            regionName={selectedRegionName}
            onRadiusChange={setRadius}
            onClose={() => select(null)}
          />
          <Suspense fallback={null}>
            {mapDrawn && <ChartsPanel view={view} settled={settled} dispatch={dispatch} currency={view.currency} />}
          </Suspense>
        </aside>
      </div>
    </div>
  );
}
