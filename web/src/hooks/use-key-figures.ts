// The key figures across the top: GET /api/summary for the view's scope (the same query, and so the same cache
// entry, as App's sample-data check) and the titles of their sources.
import { useMemo } from 'react';
import type { SummaryFilters } from '../lib/api';
import { keyFigures } from '../components/key-figures/figures';
import { useSources } from './use-sources';
import { useSummary } from './use-summary';

export function useKeyFigures(filters: SummaryFilters) {
  const summary = useSummary(filters);
  const sources = useSources();
  const figures = useMemo(() => (summary.data ? keyFigures(summary.data, sources.byId) : null), [summary.data, sources.byId]);
  return { summary, figures };
}
