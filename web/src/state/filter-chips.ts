// The active filters and the map's selection as a list of removable chips (pure; FilterChips renders them). Each
// chip carries the action that removes it, so a chip cannot remove something other than what it shows.
import { hasPeriod, NO_PERIOD, periodBounds, type Filters } from './filters';
import type { ViewAction, ViewState } from './view-state';

export type ChipKind = 'region' | 'rayon' | 'hazard' | 'status' | 'category' | 'channel' | 'period' | 'selection';

export type Chip =
  | { kind: 'region' | 'rayon'; id: string; code: string; remove: ViewAction }
  | { kind: 'hazard' | 'status' | 'category' | 'channel'; id: string; value: string; remove: ViewAction }
  | { kind: 'period'; id: string; from: string | null; to: string | null; remove: ViewAction }
  | { kind: 'selection'; id: string; selection: NonNullable<ViewState['selection']>; remove: ViewAction };

const clear = (key: keyof Filters): ViewAction => ({ type: 'setFilter', key, value: null });

/** One chip per active filter (a period counts once) and one for the selection, in the order the sidebar lists them. */
export function filterChips(view: Pick<ViewState, 'filters' | 'selection'>): Chip[] {
  const f = view.filters;
  const chips: Chip[] = [];
  if (f.region !== null) chips.push({ kind: 'region', id: 'region', code: f.region, remove: clear('region') });
  if (f.rayon !== null) chips.push({ kind: 'rayon', id: 'rayon', code: f.rayon, remove: clear('rayon') });
  for (const kind of ['hazard', 'status', 'category', 'channel'] as const) {
    const value = f[kind];
    if (value !== null) chips.push({ kind, id: kind, value, remove: clear(kind) });
  }
  if (hasPeriod(f)) chips.push({ kind: 'period', id: 'period', ...periodBounds(f), remove: { type: 'setPeriod', period: NO_PERIOD } });
  if (view.selection) {
    chips.push({ kind: 'selection', id: 'selection', selection: view.selection, remove: { type: 'select', selection: null } });
  }
  return chips;
}
