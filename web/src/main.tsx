import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App, mapViewReady } from './App';
import { registerPageFonts } from './basemap/fonts';
import { initI18n } from './i18n';
import { ApiError } from './lib/api';
import { basemapQuery } from './hooks/use-basemap';
import './styles/app.css';

initI18n();
registerPageFonts();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a dropped connection might.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The base-map files are needed by the first view whatever else happens: ask for them now, not when the map renders.
void queryClient.prefetchQuery(basemapQuery);

// Rendered once the preloaded map chunk is in (at most 400 ms later), so the map is created in the first render.
void mapViewReady().then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
