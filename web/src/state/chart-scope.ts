// What the charts are narrowed to: the filters plus the map's selection, as the summaries' scope parameters. Pure
// and tested without a DOM. Every chart asks the API with this one scope, so the charts and the map cannot disagree.
import type { ChartScope } from '../lib/api';
import { hasMonths, periodBounds, singleYear, type Filters } from './filters';
import { encodeArea } from './url-state';
import type { ViewState } from './view-state';

/** Oblast and city codes are ISO 3166-2 ("KG-J", "KG-GB"); rayon codes add a part ("KG-J-SUZAK"). */
const OBLAST_CODE = /^KG-[A-Z]{1,2}$/;

export function isOblastCode(code: string): boolean {
  return OBLAST_CODE.test(code);
}

/** The oblast a rayon code belongs to ("KG-J-SUZAK" → "KG-J"), or null when the code does not say. */
export function oblastOfRayon(code: string): string | null {
  const m = /^(KG-[A-Z]{1,2})-/.exec(code);
  return m ? m[1]! : null;
}

export const EMPTY_SCOPE: ChartScope = {
  region: null,
  rayon: null,
  site: null,
  village: null,
  area: null,
  hazard: null,
  status: null,
  category: null,
  channel: null,
  from: null,
  to: null,
};

/**
 * The scope of the charts: every filter, and the selection on the map on top (a site → site, a village → village,
 * an oblast → region, a rayon → rayon, a drawn area → area). A selected region replaces the region filter (the
 * charts follow what was clicked last); a rayon keeps the region filter only when the rayon lies in it.
 */
export function chartScope(view: Pick<ViewState, 'filters' | 'selection' | 'area'>): ChartScope {
  const f = view.filters;
  const scope: ChartScope = {
    ...EMPTY_SCOPE,
    region: f.region,
    rayon: f.rayon,
    hazard: f.hazard,
    status: f.status,
    category: f.category,
    channel: f.channel,
    ...periodBounds(f),
  };
  const sel = view.selection;
  if (!sel) return scope;
  switch (sel.kind) {
    case 'site':
      return { ...scope, site: sel.id };
    case 'village':
      return { ...scope, village: sel.id };
    case 'region':
      if (isOblastCode(sel.id)) return { ...scope, region: sel.id, rayon: scope.rayon !== null && oblastOfRayon(scope.rayon) === sel.id ? scope.rayon : null };
      return { ...scope, rayon: sel.id, region: scope.region !== null && oblastOfRayon(sel.id) === scope.region ? scope.region : null };
    case 'area': {
      // An area too large for an address is not sent either (the API takes the same at most 200 corners).
      const area = view.area ? encodeArea(view.area) : null;
      return area === null ? scope : { ...scope, area };
    }
  }
}

/** A stable key of a scope for query caches: every parameter, in one order. */
export function scopeKey(scope: ChartScope): (string | null)[] {
  return [scope.region, scope.rayon, scope.site, scope.village, scope.area, scope.hazard, scope.status, scope.category, scope.channel, scope.from, scope.to];
}

/** Sales over time by year, or by month when the period is one year or has months at its ends. */
export function salesTimeGrouping(filters: Filters): 'year' | 'month' {
  return singleYear(filters) !== null || hasMonths(filters) ? 'month' : 'year';
}
