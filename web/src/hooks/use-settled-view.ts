// What the key figures, the charts and the map show after a filter switch: all change in one render, once every
// answer the view needs for the new filters is in (the key figures' and the six charts' summaries of the new scope,
// and the sites and villages the map draws for the new filters). Until then they keep the last complete view, marked
// as updating. Without this each chart changed when its own answer came, and the map when its own did, so for a
// moment some showed the new filters beside others still on the old ones. They read the same cached answers through
// their own hooks, so on the render that switches they have their data at once, with no effect or extra state in
// between. App holds the one settled view and hands it to all three.
import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { ChartScope } from '../lib/api';
import { salesTimeGrouping } from '../state/chart-scope';
import type { Filters } from '../state/filters';
import { chartIndicatorsQuery } from './use-chart-indicators';
import { chartParticipantsQuery } from './use-chart-participants';
import { chartRestorationQuery } from './use-chart-restoration';
import { channelGrouping, chartSalesQuery } from './use-chart-sales';
import { sitesQuery } from './use-sites';
import { summaryQuery } from './use-summary';
import { villagesQuery } from './use-villages';

/** What the view is drawn from: the scope the figures and charts ask the API for, and the filters (map, highlights). */
export interface SettledViewInput {
  scope: ChartScope;
  filters: Filters;
}

/** The queries whose answers the key figures and the map need: the summary of the scope, the sites and villages. */
function figuresAndMapQueries({ scope, filters }: SettledViewInput) {
  const map = { region: filters.region, hazard: filters.hazard, status: filters.status };
  return [summaryQuery(scope), sitesQuery(map), villagesQuery(map)];
}

/** The queries whose answers the view needs for a scope and filters (the map's sites and villages included). */
export function viewQueries({ scope, filters }: SettledViewInput) {
  return [
    chartSalesQuery(scope, channelGrouping(salesTimeGrouping(filters))),
    chartSalesQuery(scope, 'region'),
    chartSalesQuery(scope, 'category'),
    chartParticipantsQuery(scope),
    chartRestorationQuery(scope),
    chartIndicatorsQuery(scope),
    ...figuresAndMapQueries({ scope, filters }),
  ];
}

/** The view the key figures, the charts and the map draw, and whether a newer one is on its way. */
export interface SettledView<T extends SettledViewInput = SettledViewInput> {
  shown: T;
  updating: boolean;
}

/**
 * The view to draw now: `next` once every answer it needs has come (or failed: a chart then shows its error), else
 * the last view that had all of them. With `charts: false` (before the charts are loaded) only the key figures' and
 * the map's answers are waited for, so the first view never waits on the charts. `next` must keep its identity while it does not change.
 */
export function useSettledView<T extends SettledViewInput>(next: T, { charts = true }: { charts?: boolean } = {}): SettledView<T> {
  // No placeholder here: a query counts as answered only with its own data (or error). `combine` makes this hook
  // re-render only when that changes, not on every answer.
  const settled = useQueries({
    queries: (charts ? viewQueries(next) : figuresAndMapQueries(next)).map((q) => ({ ...q, placeholderData: undefined })),
    combine: (results) => results.every((r) => !r.isPending),
  });
  // The last settled view, stored during render (React's pattern for information from previous renders): the
  // charts switch in the same render that sees the last answer, not in an effect one render later.
  const [shown, setShown] = useState(next);
  if (settled && shown !== next) setShown(next);
  return { shown: settled ? next : shown, updating: !settled };
}
