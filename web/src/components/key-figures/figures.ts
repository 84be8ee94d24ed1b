// The key figures of one GET /api/summary answer, each with where it comes from (its sources' titles, data date,
// sample or not). Pure: the numbers are the API's, only picked and labelled here (tested without a DOM).
import type { Summary } from '../../lib/api';
import type { Source } from '../../hooks/use-sources';

export const FIGURE_KEYS = ['sites', 'households', 'participants', 'producers', 'sales', 'restoration'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export interface FigureSource {
  id: string;
  /** The source's title, or its id while GET /api/sources has not answered. */
  title: string;
  publisher: string | null;
}

export interface FigureProvenance {
  sources: FigureSource[];
  /** YYYY-MM-DD as the API gives it; null = unknown. */
  dataDate: string | null;
  isSample: boolean;
}

export interface KeyFigureValues {
  sites: number;
  households: number;
  participants: number;
  producers: { total: number; women: number; youth: number; groups: number | null };
  sales: { kgs: number; usd: number };
  restoration: { done: number; planned: number };
}

export interface KeyFigures {
  values: KeyFigureValues;
  provenance: Record<FigureKey, FigureProvenance>;
}

/** The count of producer groups when the summary carries one (producers.groups), else null. */
function producerGroups(producers: Summary['producers']): number | null {
  return 'groups' in producers && typeof producers.groups === 'number' ? producers.groups : null;
}

export function keyFigures(summary: Summary, sources: ReadonlyMap<string, Source>): KeyFigures {
  const provenance = {} as Record<FigureKey, FigureProvenance>;
  for (const key of FIGURE_KEYS) {
    const p = summary.provenance[key];
    provenance[key] = {
      sources: p.sourceIds.map((id) => {
        const s = sources.get(id);
        return { id, title: s?.title ?? id, publisher: s?.publisher ?? null };
      }),
      dataDate: p.dataDate,
      isSample: p.isSample,
    };
  }
  return {
    values: {
      sites: summary.sites,
      households: summary.households,
      participants: summary.participants,
      producers: { ...summary.producers, groups: producerGroups(summary.producers) },
      sales: { kgs: summary.salesKgs, usd: summary.salesUsd },
      restoration: { done: summary.restorationHa.done, planned: summary.restorationHa.planned },
    },
    provenance,
  };
}
