// The data the map and the key figures show, narrowed by the view's filters: sites and villages from the API's
// filters (rayon here), the key figures from /api/summary with the same filters, and the matching filters for the
// vector-tile layers. Every layer reads from here, so what is drawn and what is counted cannot drift apart.
import { useMemo } from 'react';
import { tileFilters } from '../lib/tile-filters';
import type { Filters } from '../state/filters';
import { useSites } from './use-sites';
import { useSummary } from './use-summary';
import { useVillages } from './use-villages';

export function useViewData(filters: Filters) {
  const { region, rayon, hazard, status, category, yearFrom, yearTo } = filters;
  const sites = useSites({ region, hazard, status, rayon });
  const villages = useVillages({ region, hazard, status, rayon });
  const summary = useSummary({
    region,
    rayon,
    hazard,
    status,
    category,
    ...(yearFrom !== null && yearFrom === yearTo
      ? { year: yearFrom }
      : { from: yearFrom === null ? null : String(yearFrom), to: yearTo === null ? null : String(yearTo) }),
  });
  const siteCodes = useMemo(() => sites.data?.features.map((f) => f.properties.code), [sites.data]);
  const villageCodes = useMemo(() => villages.data?.features.map((f) => f.properties.code), [villages.data]);
  const tiles = useMemo(() => tileFilters({ filters, siteCodes, villageCodes }), [filters, siteCodes, villageCodes]);
  return { sites, villages, summary, tileFilters: tiles };
}
