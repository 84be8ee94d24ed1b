// The filter panel with its data: regions, rayons, and which rayons have a site or village to offer.
import { useCallback, useMemo, type Dispatch } from 'react';
import { useRayons } from '../../hooks/use-rayons';
import { useRegions } from '../../hooks/use-regions';
import { useSites } from '../../hooks/use-sites';
import { useVillages } from '../../hooks/use-villages';
import type { FilterKey, Filters } from '../../state/filters';
import type { ViewAction } from '../../state/view-state';
import { FilterPanel } from './FilterPanel';

export function FiltersSection({ filters, dispatch }: { filters: Filters; dispatch: Dispatch<ViewAction> }) {
  const regions = useRegions();
  const rayons = useRayons();
  // Unfiltered lists (cached beside the filtered ones): a rayon is offered when it has anything at all.
  const sites = useSites();
  const villages = useVillages();
  const rayonsWithData = useMemo(
    () =>
      new Set(
        [...(sites.data?.features ?? []), ...(villages.data?.features ?? [])]
          .map((f) => f.properties.rayonCode)
          .filter((c): c is string => c !== null),
      ),
    [sites.data, villages.data],
  );
  const onChange = useCallback(
    <K extends FilterKey>(key: K, value: Filters[K]) => dispatch({ type: 'setFilter', key, value }),
    [dispatch],
  );
  const onClear = useCallback(() => dispatch({ type: 'clearFilters' }), [dispatch]);
  return (
    <FilterPanel
      filters={filters}
      onChange={onChange}
      onClear={onClear}
      regions={regions.data}
      rayons={rayons.data}
      rayonsWithData={rayonsWithData}
    />
  );
}
