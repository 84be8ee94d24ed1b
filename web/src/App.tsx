import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './components/common/ErrorNotice';
import { Header } from './components/header/Header';
import { MapSkeleton } from './components/map/MapSkeleton';
import { SiteInfo } from './components/panel/SiteInfo';
import { SummaryPanel } from './components/panel/SummaryPanel';
import { LayerPanel } from './components/sidebar/LayerPanel';
import { Legend } from './components/sidebar/Legend';
import { useSites } from './hooks/use-sites';
import { useSummary } from './hooks/use-summary';
import { useVillages } from './hooks/use-villages';
import { initialViewState, viewReducer, type LayerKey } from './state/view-state';

// MapLibre and deck.gl load in their own chunks while the header and totals render.
const MapView = lazy(() => import('./components/map/MapView'));

export function App() {
  const { t } = useTranslation();
  const [view, dispatch] = useReducer(viewReducer, initialViewState);
  const sites = useSites();
  const villages = useVillages();
  const summary = useSummary({ year: view.year });
  const [unavailable, setUnavailable] = useState<ReadonlySet<LayerKey>>(() => new Set());

  const selectSite = useCallback((code: string | null) => dispatch({ type: 'selectSite', code }), []);
  const toggleLayer = useCallback((layer: LayerKey) => dispatch({ type: 'toggleLayer', layer }), []);
  const setYear = useCallback((year: number | null) => dispatch({ type: 'setYear', year }), []);
  const markUnavailable = useCallback(
    (layer: LayerKey) => setUnavailable((current) => (current.has(layer) ? current : new Set([...current, layer]))),
    [],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') selectSite(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectSite]);

  const selected = sites.data?.features.find((f) => f.properties.code === view.selectedSite) ?? null;
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
      <Header isSample={isSample} />
      <div className="layout">
        <aside className="sidebar" aria-label={t('layers.title')}>
          <LayerPanel
            layers={view.layers}
            onToggle={toggleLayer}
            counts={{ sites: sites.data?.features.length, villages: villages.data?.features.length }}
            unavailable={unavailable}
          />
          <Legend layers={legendLayers} />
        </aside>
        <main className="map-area" id="map" tabIndex={-1}>
          <Suspense fallback={<MapSkeleton />}>
            <MapView
              sites={sites.data}
              villages={villages.data}
              layers={view.layers}
              selectedSite={view.selectedSite}
              onSelectSite={selectSite}
              onLayerUnavailable={markUnavailable}
            />
          </Suspense>
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
        <aside className="panel" aria-label={t('summary.title')}>
          <SummaryPanel query={summary} year={view.year} onYearChange={setYear} />
          <SiteInfo site={selected} onClose={() => selectSite(null)} />
        </aside>
      </div>
    </div>
  );
}
