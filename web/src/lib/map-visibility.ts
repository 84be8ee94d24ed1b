// Which features the map draws for the filters, as MapLibre feature state (pure, tested without a map).
//
// Why feature state and not `setData` / `setFilter`: both send the change to MapLibre's worker, which cuts and parses
// the tiles again before the next draw, so the map showed a new filter 3 frames after its data had arrived while the
// charts showed it in the next frame. Feature state is applied on the main thread in the next frame. So the sources
// keep every site and village (and the tiles every zone, plot and group), and what the filters leave out is hidden
// by the `hidden` state, which each layer's opacity reads (layers/tile-layer.ts `unlessHidden`).
//
// Zones, restoration plots and rings follow their site, producer groups their village (by the id each source
// promotes: the site code, the village code); the product category narrows the groups through a second state key,
// `category`, set on every village.
import { narrowsSites, narrowsVillages, type Filters } from '../state/filters';

/** The state the layers read: hidden by the filters; for producer groups, the one category shown ('' = all). */
export interface FeatureState {
  hidden: boolean;
  category?: string;
}

/** The states of one source (and source layer, for vector tiles), by the id the source promotes. */
export interface FeatureStateTarget {
  source: string;
  sourceLayer?: string;
  states: ReadonlyMap<string, FeatureState>;
}

/** Source ids and source layers the states go to (the layer factories export the same constants). */
export interface VisibilityTargets {
  sites: string[];
  villages: string[];
  /** Vector-tile sources keyed by site code, by village code: [source, source-layer]. */
  tilesBySite: [string, string][];
  tilesByVillage: [string, string][];
}

export interface VisibilityInput {
  filters: Pick<Filters, 'region' | 'rayon' | 'hazard' | 'status' | 'category'>;
  /** Every site / village code the map holds. */
  siteCodes: readonly string[];
  villageCodes: readonly string[];
  /** The codes the filters keep (the API's filtered answers). */
  shownSiteCodes: readonly string[];
  shownVillageCodes: readonly string[];
}

function statesFor(all: readonly string[], shown: readonly string[], narrowed: boolean, category?: string): Map<string, FeatureState> {
  const keep = new Set(shown);
  const states = new Map<string, FeatureState>();
  for (const code of all) {
    const state: FeatureState = { hidden: narrowed && !keep.has(code) };
    if (category !== undefined) state.category = category;
    states.set(code, state);
  }
  return states;
}

export function featureStates(input: VisibilityInput, targets: VisibilityTargets): FeatureStateTarget[] {
  const { filters } = input;
  const sites = statesFor(input.siteCodes, input.shownSiteCodes, narrowsSites(filters));
  const villages = statesFor(input.villageCodes, input.shownVillageCodes, narrowsVillages(filters));
  const groups = statesFor(input.villageCodes, input.shownVillageCodes, narrowsVillages(filters), filters.category ?? '');
  return [
    ...targets.sites.map((source) => ({ source, states: sites })),
    ...targets.villages.map((source) => ({ source, states: villages })),
    ...targets.tilesBySite.map(([source, sourceLayer]) => ({ source, sourceLayer, states: sites })),
    ...targets.tilesByVillage.map(([source, sourceLayer]) => ({ source, sourceLayer, states: groups })),
  ];
}

/** A feature with no state is drawn as with this one (shown, every category). */
const NO_STATE: FeatureState = { hidden: false, category: '' };

/**
 * The state changes from `before` to `after` for one target: only ids whose state differs. An id new to the map
 * counts as having no state, so with no filter nothing is set at all (setting a few hundred states that change
 * nothing cost the first view ~100 ms of MapLibre's time here, npm run bench:web).
 */
export function changedStates(
  before: ReadonlyMap<string, FeatureState> | undefined,
  after: ReadonlyMap<string, FeatureState>,
): [string, FeatureState][] {
  const changed: [string, FeatureState][] = [];
  for (const [id, state] of after) {
    const old = before?.get(id) ?? NO_STATE;
    if (old.hidden !== state.hidden || (old.category ?? '') !== (state.category ?? '')) changed.push([id, state]);
  }
  return changed;
}
