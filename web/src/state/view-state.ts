// Dashboard view state as pure update functions (tested without a DOM). The URL will carry it later.
export type LayerKey = 'hazardZones' | 'restoration' | 'sites' | 'villages';

export interface ViewState {
  layers: Record<LayerKey, boolean>;
  selectedSite: string | null;
  /** Sales year of the totals; null = all years. */
  year: number | null;
}

export const initialViewState: ViewState = {
  layers: { hazardZones: true, restoration: true, sites: true, villages: true },
  selectedSite: null,
  year: null,
};

export type ViewAction =
  | { type: 'toggleLayer'; layer: LayerKey }
  | { type: 'setLayer'; layer: LayerKey; visible: boolean }
  | { type: 'selectSite'; code: string | null }
  | { type: 'setYear'; year: number | null };

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'toggleLayer':
      return { ...state, layers: { ...state.layers, [action.layer]: !state.layers[action.layer] } };
    case 'setLayer':
      if (state.layers[action.layer] === action.visible) return state;
      return { ...state, layers: { ...state.layers, [action.layer]: action.visible } };
    case 'selectSite':
      if (state.selectedSite === action.code) return state;
      return { ...state, selectedSite: action.code };
    case 'setYear':
      if (state.year === action.year) return state;
      return { ...state, year: action.year };
  }
}
