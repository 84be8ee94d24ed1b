// What the atlas's "Briefing PDF" button does: ask the server for the PDF of the current view and save it; when the
// server cannot print (503: no Chromium there, or busy), open the briefing page instead with `print=1`, which opens
// the browser's own print dialog once the page is ready ("Save as PDF" there gives the same page).
import { ApiError, apiUrl } from '../lib/api';
import { saveBlob } from '../lib/map-image';
import { toSearchParams, type UrlState } from '../state/url-state';

/** GET /api/briefing.pdf for a view (the view's own address parameters, nothing else). */
export function briefingPdfUrl(state: UrlState): string {
  const query = toSearchParams(state).toString();
  return `${apiUrl('/api/briefing.pdf')}${query ? `?${query}` : ''}`;
}

/** The briefing page of a view; with `print`, it opens the print dialog once ready. */
export function briefingPageUrl(state: UrlState, { print = false } = {}): string {
  const params = toSearchParams(state);
  if (print) params.set('print', '1');
  const query = params.toString();
  return `/briefing.html${query ? `?${query}` : ''}`;
}

/** The file name the server gave (Content-Disposition), if any. */
export function dispositionFilename(header: string | null): string | null {
  return header ? (/filename="([^"]+)"/.exec(header)?.[1] ?? null) : null;
}

/**
 * Downloads the briefing PDF of a view; 'print' when the server could not print it and the briefing page was opened
 * for the browser to print instead. Other failures throw an ApiError with the server's message.
 */
export async function downloadBriefing(state: UrlState, signal?: AbortSignal): Promise<'pdf' | 'print'> {
  const url = briefingPdfUrl(state);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, null, url);
  }
  if (response.ok) {
    saveBlob(await response.blob(), dispositionFilename(response.headers.get('content-disposition')) ?? 'resiland-briefing.pdf');
    return 'pdf';
  }
  if (response.status === 503 || response.status === 504) {
    window.open(briefingPageUrl(state, { print: true }), '_blank', 'noopener');
    return 'print';
  }
  let detail: string | null = null;
  try {
    const body = (await response.json()) as { detail?: unknown };
    detail = typeof body.detail === 'string' ? body.detail : null;
  } catch {
    // not problem+json
  }
  throw new ApiError('http', response.status, detail, url);
}
