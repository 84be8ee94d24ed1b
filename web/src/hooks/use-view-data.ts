// The data the map shows, narrowed by the view's filters: sites and villages from the API's filters (rayon here), and
// the matching filters for the vector-tile layers. Every layer reads from here, so what is drawn cannot drift from the
// filters; the key figures and charts count the same scope through /api/summary (state/chart-scope.ts).
import { useMemo } from 'react';
import { tileFilters } from '../lib/tile-filters';
import type { Filters } from '../state/filters';
import { useSites } from './use-sites';
import { useVillages } from './use-villages';

export function useViewData(filters: Filters) {
  const { region, rayon, hazard, status } = filters;
  const sites = useSites({ region, hazard, status, rayon });
  const villages = useVillages({ region, hazard, status, rayon });
  const siteCodes = useMemo(() => sites.data?.features.map((f) => f.properties.code), [sites.data]);
  const villageCodes = useMemo(() => villages.data?.features.map((f) => f.properties.code), [villages.data]);
  const tiles = useMemo(() => tileFilters({ filters, siteCodes, villageCodes }), [filters, siteCodes, villageCodes]);
  return { sites, villages, tileFilters: tiles };
}
