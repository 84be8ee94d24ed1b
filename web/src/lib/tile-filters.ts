// MapLibre filter expressions that narrow the vector-tile layers to the filters (pure, tested without a map).
// Zones and restoration follow their site, so they are narrowed to the codes of the sites the filtered list holds
// (the same list the sites layer draws, so the map cannot disagree with itself); producer groups follow their
// village and their product category.
import type { FilterSpecification } from 'maplibre-gl';
import type { Filters } from '../state/filters';
import { narrowsSites, narrowsVillages } from '../state/filters';

/** source-layer name → the filter that narrows it, or null for "show everything". */
export type TileFilters = Record<string, FilterSpecification | null>;

export interface TileFilterInput {
  filters: Filters;
  /** Codes of the sites after filtering; undefined while they load. */
  siteCodes: readonly string[] | undefined;
  /** Codes of the villages after filtering; undefined while they load. */
  villageCodes: readonly string[] | undefined;
}

const within = (property: string, codes: readonly string[]): FilterSpecification =>
  ['in', ['get', property], ['literal', [...codes]]] as FilterSpecification;

function all(parts: (FilterSpecification | null)[]): FilterSpecification | null {
  const kept = parts.filter((p): p is FilterSpecification => p !== null);
  if (kept.length === 0) return null;
  return kept.length === 1 ? kept[0]! : (['all', ...kept] as FilterSpecification);
}

export function tileFilters({ filters, siteCodes, villageCodes }: TileFilterInput): TileFilters {
  const sites = narrowsSites(filters);
  const villages = narrowsVillages(filters);
  // While the filtered lists load, the properties the tiles carry already narrow what they can.
  const zoneFallback = all([
    filters.hazard ? (['==', ['get', 'hazard_type'], filters.hazard] as FilterSpecification) : null,
    filters.status ? (['==', ['get', 'status'], filters.status] as FilterSpecification) : null,
  ]);
  const category = filters.category
    ? (['==', ['get', 'product_category'], filters.category] as FilterSpecification)
    : null;
  return {
    hazard_zones: sites ? (siteCodes ? within('code', siteCodes) : zoneFallback) : null,
    restoration: sites && siteCodes ? within('site_code', siteCodes) : null,
    villages: villages && villageCodes ? within('code', villageCodes) : null,
    producer_groups: all([villages && villageCodes ? within('village_code', villageCodes) : null, category]),
  };
}
