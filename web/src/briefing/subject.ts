// What a briefing is about, read from the same address as the atlas (state/url-state.ts): pure, tested without a DOM.
// The subject is the selection (site, village, region, drawn area) or else the region filter, or else the country;
// the key figures and charts are narrowed to it (state/chart-scope.ts, as in the atlas), and the map is fitted to it.
import { toSearchParams, type UrlState } from '../state/url-state';
import { periodBounds } from '../state/filters';
import type { Selection } from '../state/view-state';

export type SubjectKind = 'country' | 'region' | 'site' | 'village' | 'area';
export interface BriefingSubject {
  kind: SubjectKind;
  /** The code of the region, site or village; null for the country and a drawn area. */
  code: string | null;
}

export function briefingSubject(state: UrlState): BriefingSubject {
  const s = state.selection;
  if (s?.kind === 'area') return { kind: 'area', code: null };
  if (s) return { kind: s.kind, code: s.id };
  if (state.filters.region !== null) return { kind: 'region', code: state.filters.region };
  return { kind: 'country', code: null };
}

/**
 * What the map selects and fits to: the selection, or the region of the region filter (a briefing on Jalal-Abad
 * shows Jalal-Abad, whatever the screen it was asked from showed around it).
 */
export function mapSelection(state: UrlState): Selection | null {
  if (state.selection) return state.selection;
  return state.filters.region !== null ? { kind: 'region', id: state.filters.region } : null;
}

/** The period as people read it: "2024", "2024–2025", "2024-03 – 2025-06"; null when the period is open. */
export function periodText(state: UrlState): string | null {
  const { from, to } = periodBounds(state.filters);
  if (from === null && to === null) return null;
  if (from === to) return from;
  const sep = (from ?? '').includes('-') || (to ?? '').includes('-') ? ' – ' : '–';
  return `${from ?? '…'}${sep}${to ?? '…'}`;
}

/**
 * The address of the same view in the atlas: only the view's own parameters (so a `link` or campaign tag given
 * to the briefing does not travel on), under `origin` (the public address of the atlas).
 */
export function liveViewUrl(state: UrlState, origin: string): string {
  const query = toSearchParams(state).toString();
  return `${origin.replace(/\/+$/, '')}/${query ? `?${query}` : ''}`;
}

/**
 * The public origin to link back to: the `link` parameter the PDF route passes (the server renders the page over
 * loopback, whose address means nothing to a reader), when it is an http(s) address; else the page's own origin.
 */
export function publicOrigin(params: URLSearchParams, pageOrigin: string): string {
  const link = params.get('link');
  if (link) {
    try {
      const url = new URL(link);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin + url.pathname.replace(/\/+$/, '');
    } catch {
      // not an address: use the page's own
    }
  }
  return pageOrigin;
}

/** The latest of some YYYY-MM-DD dates (null when there are none). */
export function latestDate(dates: readonly (string | null | undefined)[]): string | null {
  let latest: string | null = null;
  for (const d of dates) if (d && /^\d{4}-\d{2}-\d{2}/.test(d) && (latest === null || d > latest)) latest = d.slice(0, 10);
  return latest;
}
