// The header's tools: the search box and the currency switch (the language switch stays in Header).
import { useCallback, type Dispatch } from 'react';
import { useSites } from '../../hooks/use-sites';
import { useVillages } from '../../hooks/use-villages';
import type { SearchItem } from '../../lib/search';
import type { Currency, MapPosition } from '../../state/filters';
import type { ViewAction } from '../../state/view-state';
import { SearchBox } from '../search/SearchBox';
import { CurrencySwitch } from './CurrencySwitch';
import './header-tools.css';

/** The zoom a search result is shown at (closer if the map is already closer). */
export const SEARCH_RESULT_ZOOM = 10;

export function HeaderTools({
  currency,
  position,
  dispatch,
}: {
  currency: Currency;
  position: MapPosition | null;
  dispatch: Dispatch<ViewAction>;
}) {
  // Unfiltered: a search finds what the filters hide.
  const sites = useSites();
  const villages = useVillages();
  const onSelect = useCallback(
    (item: SearchItem) => {
      if (item.kind === 'site') dispatch({ type: 'select', selection: { kind: 'site', id: item.id } });
      else dispatch({ type: 'select', selection: { kind: 'village', id: item.kind === 'product' ? item.villageCode ?? item.id : item.id } });
      const [lon, lat] = item.position;
      dispatch({ type: 'setView', view: { lon, lat, zoom: Math.max(position?.zoom ?? 0, SEARCH_RESULT_ZOOM) } });
    },
    [dispatch, position?.zoom],
  );
  return (
    <div className="header__tools">
      <SearchBox sites={sites.data} villages={villages.data} onSelect={onSelect} />
      <CurrencySwitch currency={currency} onChange={(c) => dispatch({ type: 'setCurrency', currency: c })} />
    </div>
  );
}
