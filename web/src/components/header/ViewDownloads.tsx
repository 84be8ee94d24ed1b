// The view as a file: the one-page briefing (PDF printed by the server, or the browser's print dialog when the
// server cannot print) and the map as a PNG. Each chart's data has its own CSV link beside the chart.
import { useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../lib/config';
import type { ViewState } from '../../state/view-state';
import { ErrorNotice } from '../common/ErrorNotice';

type Status = { kind: 'idle' } | { kind: 'busy'; what: 'pdf' | 'png' } | { kind: 'print' } | { kind: 'error'; error: Error };

export function ViewDownloads({ view, lang, map }: { view: ViewState; lang: Lang; map: maplibregl.Map | null }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  const pdf = async () => {
    setStatus({ kind: 'busy', what: 'pdf' });
    try {
      // Loaded on the first click, not with the first view.
      const { downloadBriefing } = await import('../../briefing/links');
      const how = await downloadBriefing({ ...view, lang });
      setStatus(how === 'print' ? { kind: 'print' } : { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  const png = async () => {
    if (!map) return;
    setStatus({ kind: 'busy', what: 'png' });
    try {
      const { downloadMapPng } = await import('../../lib/map-image');
      await downloadMapPng(map, view.selection?.id ?? view.filters.rayon ?? view.filters.region);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="download-briefing"
        title={t('briefing.downloadPdfHint')}
        aria-busy={busy && status.what === 'pdf'}
        disabled={busy}
        onClick={() => void pdf()}
      >
        {t('briefing.downloadPdf')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="download-map-png"
        title={t('briefing.downloadPngHint')}
        aria-busy={busy && status.what === 'png'}
        disabled={busy || !map}
        onClick={() => void png()}
      >
        {t('briefing.downloadPng')}
      </button>
      {status.kind === 'print' && (
        <p className="panel__note" role="status">
          {t('briefing.printInstead')}
        </p>
      )}
      {status.kind === 'error' && <ErrorNotice error={status.error} onRetry={() => setStatus({ kind: 'idle' })} compact />}
    </>
  );
}
