// The briefing page (briefing.html): one A4 landscape page of the view its address describes, the same address
// parameters as the atlas. Printed to PDF by GET /api/briefing.pdf, or by the browser's own print dialog.
//
// The server keeps its pages open between briefings (server/lib/briefing/renderer.ts): loading the page, compiling
// MapLibre, starting its worker and drawing the base map cost more than a briefing itself. It shows the next view
// with `window.__briefingShow(search)` instead of loading the page again: same map, same scripts, new address.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider, type Query } from '@tanstack/react-query';
import { registerPageFonts } from '../basemap/fonts';
import { basemapQuery } from '../hooks/use-basemap';
import i18n from 'i18next';
import { initI18n, isLang } from '../i18n';
import { createQueryClient } from '../lib/query-client';
import { BriefingPage } from './BriefingPage';
import '../styles/app.css';
import './briefing.css';

// Every language at once: the server switches a kept page from one briefing to the next (below), and a switch must
// not wait for a download.
const i18nReady = initI18n({ areas: ['briefing', 'charts'], allLanguages: true });
registerPageFonts();

const queryClient = createQueryClient();
void queryClient.prefetchQuery(basemapQuery);

/** Every query but the base map's, which never changes while the page is open. */
const notBasemap = (q: Query) => q.queryKey[0] !== basemapQuery.queryKey[0];

function BriefingRoot() {
  const [view, setView] = useState({ search: window.location.search, key: 0 });
  // Figures kept from an earlier briefing may predate an import: each showing asks for its data again. The queries of
  // the new view ask for themselves (they were marked stale when it was shown, and their components have just
  // mounted or changed keys, in effects that ran before this one); this asks again for those whose key has not
  // changed (the regions, the sources, or all of them when the same address is shown again).
  useEffect(() => {
    if (view.key === 0) return;
    void queryClient.refetchQueries({ type: 'active', stale: true, predicate: (q) => notBasemap(q) && q.state.fetchStatus === 'idle' });
  }, [view.key]);
  useEffect(() => {
    window.__briefingShow = (search: string) => {
      const query = search.startsWith('?') || search === '' ? search : `?${search}`;
      // Whoever waits for this view must not see the last one's flags.
      window.__briefingReady = false;
      delete window.__briefingError;
      history.replaceState(history.state, '', `${window.location.pathname}${query}`);
      const lang = new URLSearchParams(query).get('lang');
      if (isLang(lang)) void i18n.changeLanguage(lang); // loaded already: switches at once
      void queryClient.invalidateQueries({ predicate: notBasemap, refetchType: 'none' });
      setView((last) => ({ search: query, key: last.key + 1 }));
    };
    return () => {
      delete window.__briefingShow;
    };
  }, []);
  return <BriefingPage search={view.search} viewKey={view.key} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('briefing.html has no #root element');
// Rendered once the strings are in, so no key shows untranslated.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BriefingRoot />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
