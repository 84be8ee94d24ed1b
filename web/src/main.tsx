import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { registerPageFonts } from './basemap/fonts';
import { initI18n } from './i18n';
import { createQueryClient } from './lib/query-client';
import { basemapQuery } from './hooks/use-basemap';
import { initialViewFromUrl } from './hooks/use-url-state';
import { sitesQuery } from './hooks/use-sites';
import { villagesQuery } from './hooks/use-villages';
import { mapChunkSettled } from './components/map/LazyMapView';
import './styles/app.css';

// The page's language loads while the map chunk does (i18n/index.ts).
const i18nReady = initI18n();
registerPageFonts();

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// What the first view draws whatever else happens: the base-map files, and the sites and villages for the filters in
// the address. Asked for now, while the map chunk downloads, not when React first renders the hooks that use them.
const { filters } = initialViewFromUrl();
void queryClient.prefetchQuery(basemapQuery);
void queryClient.prefetchQuery(sitesQuery(filters));
void queryClient.prefetchQuery(villagesQuery(filters));
// The map's sources hold every site and village (hooks/use-view-data.ts): the same queries when nothing is filtered.
void queryClient.prefetchQuery(sitesQuery());
void queryClient.prefetchQuery(villagesQuery());

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
// Rendered once the preloaded map chunk is in (or failed), so the map is created in React's first commit: rendering
// the page before it and the map in a second commit measured slower here (npm run bench:web). And once the strings
// are in, so no key shows untranslated (i18next settles even when they fail to load).
void Promise.all([mapChunkSettled(), i18nReady]).then(render);
