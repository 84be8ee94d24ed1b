// The data the map shows, narrowed by the view's filters. The API filters the sites and villages (the rayon here);
// the map keeps every site and village in its sources and hides what the filters leave out with feature state
// (lib/map-visibility.ts), so a filter switch is drawn in the frame after its answers arrive, with no worker round
// trip. The key figures and charts count the same scope through /api/summary (state/chart-scope.ts).
import { useMemo, useState } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import type { SiteCollection, VillageCollection } from '../lib/api';
import type { VisibilityInput } from '../lib/map-visibility';
import type { Filters } from '../state/filters';
import { useSites } from './use-sites';
import { useVillages } from './use-villages';

export interface MapData {
  /** Every site and village known (the unfiltered answers, with the filtered ones' in case those are newer). */
  sites: SiteCollection | undefined;
  villages: VillageCollection | undefined;
  /** What the filters keep of them (the map turns it into feature state: components/map/use-feature-states.ts). */
  visibility: VisibilityInput | null;
}

type Collection<P extends { code: string }> = FeatureCollection<Geometry, P>;

/**
 * `all` with the features of `shown` it lacks (a filtered answer newer than the unfiltered one); `all` itself when it
 * lacks none, so the map's data keep their identity across filter switches (no setData, no new rings).
 */
function union<P extends { code: string }, C extends Collection<P>>(all: C | undefined, shown: C | undefined): C | undefined {
  if (!shown || !all) return shown;
  const known = new Set(all.features.map((f) => f.properties.code));
  const extra = shown.features.filter((f) => !known.has(f.properties.code));
  return extra.length === 0 ? all : ({ ...all, features: [...all.features, ...extra] } as C);
}

const codes = (c: Collection<{ code: string }> | undefined) => c?.features.map((f) => f.properties.code) ?? [];

/**
 * The sites and villages for `filters` (the API's answers, fetched at once), and the map's data for `drawn`: the
 * filters the page has settled on (hooks/use-settled-view.ts: the charts switch in the same render), by default
 * the same. The map switches once both the sites and the villages of `drawn` have come, never one before the other.
 */
export function useViewData(filters: Filters, drawn: Filters = filters) {
  const sites = useSites(filters);
  const villages = useVillages(filters);
  // The same queries when `drawn` is `filters`; else ones the settled view has already answered (from the cache).
  const { region, rayon, hazard, status } = drawn;
  const drawnSites = useSites({ region, hazard, status, rayon });
  const drawnVillages = useVillages({ region, hazard, status, rayon });
  // Every site and village: the same query as the unfiltered view, so no second request when nothing is filtered.
  const allSites = useSites();
  const allVillages = useVillages();

  // The filtered answers the map draws: those of the current filters once both are in, else the last pair that was.
  // Stored during render (React's pattern for information from earlier renders), so the switch is in this commit.
  const ready =
    drawnSites.data !== undefined && drawnVillages.data !== undefined && !drawnSites.isPlaceholderData && !drawnVillages.isPlaceholderData;
  const key = ready ? [region, rayon, hazard, status, drawn.category, drawnSites.dataUpdatedAt, drawnVillages.dataUpdatedAt].join('|') : null;
  const [shown, setShown] = useState<{ key: string; sites: SiteCollection; villages: VillageCollection; filters: Filters } | null>(null);
  const fresh = () => ({ key: key!, sites: drawnSites.data!, villages: drawnVillages.data!, filters: drawn });
  if (key !== null && shown?.key !== key) setShown(fresh());
  const current = key !== null && shown?.key !== key ? fresh() : shown;

  const mapSites = useMemo(() => union(allSites.data, current?.sites), [allSites.data, current?.sites]);
  const mapVillages = useMemo(() => union(allVillages.data, current?.villages), [allVillages.data, current?.villages]);

  const visibility = useMemo(
    (): VisibilityInput | null =>
      current
        ? {
            filters: current.filters,
            siteCodes: codes(mapSites),
            villageCodes: codes(mapVillages),
            shownSiteCodes: codes(current.sites),
            shownVillageCodes: codes(current.villages),
          }
        : null,
    [current, mapSites, mapVillages],
  );
  const map: MapData = useMemo(() => ({ sites: mapSites, villages: mapVillages, visibility }), [mapSites, mapVillages, visibility]);
  return { sites, villages, map };
}
