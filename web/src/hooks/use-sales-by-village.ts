import { useQuery } from '@tanstack/react-query';
import { api, type SalesFilters } from '../lib/api';
import { STALE_TIME_MS } from '../lib/config';

/** Sales per producer village and channel (the flows and the heat map; a village's own sales). */
export function useSalesByVillage(filters: SalesFilters = {}, enabled = true) {
  return useQuery({
    queryKey: ['sales-by-village', filters.region ?? null, filters.site ?? null, filters.hazard ?? null, filters.channel ?? null, filters.from ?? null, filters.to ?? null],
    queryFn: ({ signal }) => api.salesByVillage(filters, signal),
    enabled,
    staleTime: STALE_TIME_MS,
  });
}
