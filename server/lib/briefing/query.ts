// The query of GET /api/briefing.pdf: the atlas's own address parameters (web/src/state/url-state.ts writes them),
// each checked here so a bad one is a 400 that names it rather than a page that silently shows something else.
// The filters reuse the summaries' definitions (ScopeQueryProperties), and resolveScope checks their codes against
// the data, so the briefing accepts exactly what its key figures and charts accept.
import { Type, type Static } from 'typebox';
import { LANGS, MAX_RADIUS_KM, ScopeQueryProperties } from '../../schemas/api.ts';
import type { ScopeQuery } from '../scope.ts';

const CODE = '[A-Za-z0-9-]{1,40}';
const NUMBER = '-?[0-9]+(\\.[0-9]+)?';

export const BriefingQuerySchema = Type.Object({
  region: ScopeQueryProperties.region,
  rayon: ScopeQueryProperties.rayon,
  hazard: ScopeQueryProperties.hazard,
  status: ScopeQueryProperties.status,
  category: ScopeQueryProperties.category,
  channel: ScopeQueryProperties.channel,
  from: ScopeQueryProperties.from,
  to: ScopeQueryProperties.to,
  sel: Type.Optional(Type.String({
    pattern: `^(site|village|region|area):${CODE}$`,
    description: 'What the briefing is about, as the atlas writes it: site:<code>, village:<code>, region:<code>, or area:drawn with `area`',
    examples: ['site:KG-J-S01', 'region:KG-J'],
  })),
  area: ScopeQueryProperties.area,
  map: Type.Optional(Type.String({
    pattern: `^${NUMBER}/${NUMBER}/${NUMBER}$`,
    description: 'Map position zoom/lat/lon (used when nothing is selected or filtered by region)',
    examples: ['7/41.3/74.5'],
  })),
  layers: Type.Optional(Type.String({
    pattern: '^[A-Za-z,]{0,200}$',
    description: 'Visible map layers, comma-separated (absent = the atlas default set)',
    examples: ['sites,villages,hazardZones'],
  })),
  r: Type.Optional(Type.Number({ minimum: 0, maximum: MAX_RADIUS_KM, description: 'Exposure radius around a selected site, km' })),
  cur: Type.Optional(Type.Enum(['KGS', 'USD'], { description: 'Currency of money figures' })),
  lang: Type.Optional(Type.Enum([...LANGS], { description: 'Language of the briefing (default en)' })),
  basemap: Type.Optional(Type.Enum(['offline', 'web'], { description: 'Accepted for links copied from the atlas; the PDF always uses the offline base map' })),
  hillshade: Type.Optional(Type.Enum(['0', '1'], { description: 'Accepted for links copied from the atlas; not drawn in the PDF' })),
});
export type BriefingQuery = Static<typeof BriefingQuerySchema>;

/** The filters of the briefing's figures in the summaries' terms (the selection becomes site, village or area). */
export function scopeOf(q: BriefingQuery): ScopeQuery {
  const [kind, id] = (q.sel ?? '').split(':');
  const scope: ScopeQuery = {
    region: q.region ?? (kind === 'region' ? id : undefined),
    rayon: q.rayon,
    hazard: q.hazard,
    status: q.status,
    category: q.category,
    channel: q.channel,
    from: q.from,
    to: q.to,
  };
  if (kind === 'site') scope.site = id;
  if (kind === 'village') scope.village = id;
  if (kind === 'area') scope.area = q.area;
  return Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined)) as ScopeQuery;
}

/** A problem with the query that the schema cannot see; null when there is none. */
export function briefingQueryError(q: BriefingQuery): string | null {
  if (q.sel?.startsWith('area:') && q.area === undefined) {
    return 'Query parameter sel=area:drawn needs the area itself: area=lon,lat;lon,lat;... (3 to 200 corners), as the atlas writes it.';
  }
  if (q.region !== undefined && q.sel?.startsWith('region:') && q.sel !== `region:${q.region}`) {
    return `Query parameters region=${q.region} and sel=${q.sel} name two different regions; keep one.`;
  }
  return null;
}
