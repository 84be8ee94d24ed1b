import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';
import { useSalesByVillage } from './use-sales-by-village';

/**
 * A village's producer groups (OGC producer_groups filtered on the village) and its sales per channel (its rows
 * of GET /api/summary/sales-by-village, which the flows layer shares from the cache).
 */
export function useVillageDetail(code: string | null) {
  const groups = useQuery({
    queryKey: ['village-producer-groups', code],
    queryFn: ({ signal }) => api.villageProducerGroups(code!, signal),
    enabled: code !== null,
    staleTime: STALE_TIME_MS,
  });
  const sales = useSalesByVillage({}, code !== null);
  const rows = code === null ? [] : (sales.data?.rows ?? []).filter((r) => r.village === code);
  return { groups, sales, salesRows: rows };
}
