// The import screen's page (import.html): i18n, fonts and a query client of its own, then ImportPage.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { registerPageFonts } from '../basemap/fonts';
import { initI18n } from '../i18n';
import { createQueryClient } from '../lib/query-client';
import { ImportPage } from './ImportPage';
import '../styles/app.css';

const i18nReady = initI18n({ areas: ['import'] });
registerPageFonts();

const root = document.getElementById('root');
if (!root) throw new Error('import.html has no #root element');
// Rendered once the strings are in, so no key shows untranslated.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <ImportPage />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
