// One A4 landscape page of the view its address describes (the atlas's own parameters, state/url-state.ts):
// title and date, the map with its legend and scale, the key figures, charts, sources and data date, the
// sample-data note, and the address of the live view as text and QR code. Sets window.__briefingReady once the
// map is drawn and every figure is in, so printing (GET /api/briefing.pdf, or the browser) waits for it. The page can
// be shown another view without being loaded again (main.tsx, `window.__briefingShow`): everything here follows
// `search`, and `viewKey` tells one showing from the next, even of the same address.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useIsFetching } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Legend } from '../components/sidebar/Legend';
import { useBasemap } from '../hooks/use-basemap';
import { useRegions } from '../hooks/use-regions';
import { useSiteDetail } from '../hooks/use-site-detail';
import { useSummary } from '../hooks/use-summary';
import { useViewData } from '../hooks/use-view-data';
import { useLang } from '../i18n';
import { LOCALES, type Lang } from '../lib/config';
import { supported } from '../lib/format';
import { fromSearchParams } from '../state/url-state';
import { BriefingMap } from './BriefingMap';
import { BriefingCharts } from './BriefingCharts';
import { KeyFigures } from './KeyFigures';
import { LiveLink } from './LiveLink';
import { SourcesNote } from './SourcesNote';
import { briefingSubject, liveViewUrl, periodText, publicOrigin } from './subject';
import { useSources } from '../hooks/use-sources';
import { chartScope } from '../state/chart-scope';

/** "26.11.2026" (ky, ru), "26 November 2026" (en): the day in Kyrgyzstan. */
function dateFormatter(lang: Lang): (iso: string) => string {
  const f = new Intl.DateTimeFormat(supported(LOCALES[lang]), {
    timeZone: 'Asia/Bishkek',
    day: lang === 'en' ? 'numeric' : '2-digit',
    month: lang === 'en' ? 'long' : '2-digit',
    year: 'numeric',
  });
  // A bare date is midnight UTC: read it at noon so no time zone moves it to another day.
  return (iso) => f.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}

export interface BriefingPageProps {
  /** The address's query (`?region=KG-J&lang=ky…`): the view to show. */
  search: string;
  /** Counts the showings of the page: each one is made ready (and its map pictured) anew. */
  viewKey: number;
}

/** Whether every chart's drawing fits the box it is given (see the ready check). */
function chartsFit(): boolean {
  return [...document.querySelectorAll<HTMLElement>('.briefing-charts .chart__plot')].every((plot) => {
    const svg = plot.querySelector('svg.recharts-surface');
    if (!svg) return true;
    const { width, height } = svg.getBoundingClientRect();
    return height <= plot.clientHeight + 1 && width <= plot.clientWidth + 1;
  });
}

export function BriefingPage({ search, viewKey }: BriefingPageProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const state = useMemo(() => fromSearchParams(params), [params]);
  const subject = briefingSubject(state);

  const regions = useRegions();
  const site = useSiteDetail(subject.kind === 'site' ? subject.code : null, state.radiusKm);
  const { sites, villages, map: mapData } = useViewData(state.filters);
  const village = subject.kind === 'village' ? villages.data?.features.find((f) => f.properties.code === subject.code) : undefined;
  const subjectRegion = site.data?.properties.oblastCode ?? village?.properties.oblastCode ?? null;
  // The key figures and the charts of the briefing's subject (a site, a village, a drawn area or a region), with the
  // same scope as the atlas's own figures and charts.
  const scope = useMemo(() => chartScope(state), [state]);
  const summary = useSummary(scope);
  const sources = useSources();
  const basemap = useBasemap();

  const regionName = (code: string | null) =>
    code === null ? t('briefing.country') : (regions.data?.features.find((f) => f.properties.code === code)?.properties.name[lang] ?? code);
  const title =
    subject.kind === 'country'
      ? t('briefing.country')
      : subject.kind === 'area'
        ? t('briefing.drawnArea')
        : subject.kind === 'region'
          ? regionName(subject.code)
          : subject.kind === 'site'
            ? (site.data?.properties.name[lang] ?? subject.code ?? '')
            : (village?.properties.name[lang] ?? subject.code ?? '');
  const subtitle =
    subject.kind === 'site' && subjectRegion
      ? t('briefing.siteIn', { region: regionName(subjectRegion) })
      : subject.kind === 'village' && subjectRegion
        ? t('briefing.villageIn', { region: regionName(subjectRegion) })
        : null;
  const period = periodText(state);
  const formatDate = useMemo(() => dateFormatter(lang), [lang]);
  // Not memoised: a page the server keeps open prints for days.
  const today = formatDate(new Date().toISOString());
  const liveUrl = liveViewUrl(state, publicOrigin(params, window.location.origin));

  useEffect(() => {
    document.title = t('briefing.documentTitle', { subject: title });
  }, [t, title]);

  // Ready when nothing is loading, the data the page needs is in (its own, not the last view's kept on screen while
  // the new one loads), and the map's picture of this view is shown.
  const fetching = useIsFetching();
  const needed = [regions, summary, sources, sites, villages, basemap, ...(subject.kind === 'site' ? [site] : [])];
  const failed = needed.find((q) => q.error)?.error ?? null;
  const settled = fetching === 0 && needed.every((q) => q.data !== undefined && !q.isFetching && !q.isPlaceholderData);
  const [mapReadyKey, setMapReadyKey] = useState<number | null>(null);
  const mapReady = mapReadyKey === viewKey;
  const [error, setError] = useState<{ key: number; message: string } | null>(null);
  const onMapError = useCallback((message: string) => setError({ key: viewKey, message }), [viewKey]);
  const problem = (error?.key === viewKey ? error.message : null) ?? (failed ? failed.message : null);

  useEffect(() => {
    if (problem) {
      window.__briefingError = problem;
      return;
    }
    if (!settled || !mapReady) return;
    let live = true;
    let tries = 0;
    // After the page's own fonts, and once no chart still shows its skeleton (its query may start after ours).
    const check = () => {
      if (!live) return;
      const chartError = document.querySelector('.briefing-charts [data-state="error"]');
      if (chartError) window.__briefingError = chartError.textContent ?? 'a chart could not be loaded';
      else if (document.querySelector('.briefing-charts [data-state="loading"], .briefing-charts [data-state="updating"]')) setTimeout(check, 50);
      // Recharts sizes a chart from a ResizeObserver, a frame or more after the layout settles (the legend wraps once
      // the fonts are in): printing before would cut the plot off. Wait, for at most 2 s, until each fits its box.
      else if (++tries < 40 && !chartsFit()) setTimeout(check, 50);
      else
        requestAnimationFrame(() => {
          if (!live) return;
          window.__briefingReady = true;
          // Opened by the atlas because the server could not print it (links.ts): print here.
          if (params.get('print') === '1') window.print();
        });
    };
    void document.fonts.ready.then(check);
    return () => {
      live = false;
    };
  }, [settled, mapReady, problem, params, viewKey]);

  return (
    <>
      <div className="briefing-toolbar" role="toolbar">
        <button type="button" className="briefing-toolbar__print" onClick={() => window.print()} data-testid="briefing-print">
          {t('briefing.print')}
        </button>
        <span className="briefing-toolbar__hint">{t('briefing.printHint')}</span>
        {!mapReady && !problem && <span className="briefing-toolbar__status" role="status">{t('briefing.loading')}</span>}
        {problem && (
          <span className="briefing-toolbar__error" role="alert">
            {t('briefing.error', { message: problem })}
          </span>
        )}
      </div>
      <article className="briefing-sheet" lang={lang}>
        <header className="briefing-header">
          <div>
            <p className="briefing-header__kicker">{t('briefing.kicker')}</p>
            <h1 className="briefing-header__title" data-testid="briefing-title">
              {title}
            </h1>
            {subtitle && <p className="briefing-header__subtitle">{subtitle}</p>}
          </div>
          <div className="briefing-header__meta">
            <p>{t('briefing.printedOn', { date: today })}</p>
            <p>{t('briefing.period', { period: period ?? t('briefing.allYears') })}</p>
            {summary.data?.isSample && <p className="briefing-header__sample">{t('app.sample')}</p>}
          </div>
        </header>
        <div className="briefing-main">
          <BriefingMap
            state={state}
            sites={mapData.sites}
            villages={mapData.villages}
            visibility={mapData.visibility}
            site={subject.kind === 'site' ? site.data : undefined}
            village={subject.kind === 'village' && villages.data ? (village ?? null) : undefined}
            settled={settled}
            viewKey={viewKey}
            onReady={setMapReadyKey}
            onError={onMapError}
          />
          <div className="briefing-legend">
            <Legend layers={state.layers} />
          </div>
          <div className="briefing-side">
            {summary.data && <KeyFigures summary={summary.data} currency={state.currency} scope={title} />}
            <BriefingCharts scope={scope} filters={state.filters} year={state.year} currency={state.currency} />
          </div>
        </div>
        <footer className="briefing-footer">
          {summary.data && sources.data && <SourcesNote summary={summary.data} sources={sources.data.sources} formatDate={formatDate} />}
          <LiveLink url={liveUrl} />
        </footer>
      </article>
    </>
  );
}
