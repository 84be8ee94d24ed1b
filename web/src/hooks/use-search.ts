// The search box's index: every site, village and product (unfiltered: a search finds things the filters hide),
// built once per data load. Products load the first time someone searches.
import { useMemo } from 'react';
import type { SiteCollection, VillageCollection } from '../lib/api';
import { buildIndex, search, type SearchItem } from '../lib/search';
import { useProducts } from './use-products';

const point = (coordinates: number[]): [number, number] => [coordinates[0] ?? 0, coordinates[1] ?? 0];

export function useSearch(
  query: string,
  { sites, villages, active }: { sites: SiteCollection | undefined; villages: VillageCollection | undefined; active: boolean },
) {
  const products = useProducts({ enabled: active });
  const index = useMemo(() => {
    const items: SearchItem[] = [
      ...(sites?.features ?? []).map((f) => ({
        kind: 'site' as const,
        id: f.properties.code,
        name: f.properties.name,
        position: point(f.geometry.coordinates),
        detail: f.properties.rayonName,
      })),
      ...(villages?.features ?? []).map((f) => ({
        kind: 'village' as const,
        id: f.properties.code,
        name: f.properties.name,
        position: point(f.geometry.coordinates),
      })),
      ...(products.data?.features ?? []).map((f) => ({
        kind: 'product' as const,
        id: f.properties.code,
        name: f.properties.name,
        position: point(f.geometry.coordinates),
        detail: f.properties.villageName,
        villageCode: f.properties.villageCode,
      })),
    ];
    return buildIndex(items);
  }, [sites, villages, products.data]);
  const results = useMemo(() => search(index, query), [index, query]);
  return { results, isLoading: products.isLoading, error: products.error };
}
