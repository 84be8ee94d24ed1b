// The briefing page (briefing.html): one A4 landscape page of the view its address describes, the same address
// parameters as the atlas. Printed to PDF by GET /api/briefing.pdf, or by the browser's own print dialog.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { registerPageFonts } from '../basemap/fonts';
import { basemapQuery } from '../hooks/use-basemap';
import { initI18n } from '../i18n';
import { createQueryClient } from '../lib/query-client';
import { BriefingPage } from './BriefingPage';
import '../styles/app.css';
import './briefing.css';

initI18n();
registerPageFonts();

const queryClient = createQueryClient();
void queryClient.prefetchQuery(basemapQuery);

const root = document.getElementById('root');
if (!root) throw new Error('briefing.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BriefingPage />
    </QueryClientProvider>
  </StrictMode>,
);
