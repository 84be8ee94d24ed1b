import { describe, expect, it } from 'vitest';
import type { Summary } from '../../lib/api';
import type { Source } from '../../hooks/use-sources';
import { FIGURE_KEYS, keyFigures } from './figures';
import { formatDataDate } from './FigureTip';

const provenance = (sourceIds: string[], dataDate: string | null, isSample = true) => ({ sourceIds, dataDate, isSample });

const summary = {
  region: 'KG-J',
  year: 2024,
  sites: 9,
  households: 400,
  participants: 650,
  producers: { total: 300, women: 200, youth: 90 },
  salesKgs: 35_500_000,
  salesUsd: 398_652.44,
  restorationHa: { done: 12.5, planned: 45 },
  isSample: true,
  provenance: {
    sites: provenance(['sample-programme'], '2025-05-14'),
    households: provenance(['sample-programme'], '2025-05-14'),
    participants: provenance(['sample-programme'], '2025-05-14'),
    producers: provenance(['sample-programme'], '2025-05-14'),
    sales: provenance(['nbkr', 'sample-programme'], '2024-12-31'),
    restoration: provenance([], null, false),
  },
} as unknown as Summary;

const source = (id: string, title: string): Source =>
  ({ id, title, publisher: 'P', published: null, url: null, licence: 'CC', note: null, isSample: false, rows: 1, citedBy: [] });

describe('keyFigures', () => {
  it('takes every number from the summary and names each figure\'s sources by title', () => {
    const sources = new Map([['sample-programme', source('sample-programme', 'Sample programme data')]]);
    const k = keyFigures(summary, sources);
    expect(k.values).toEqual({
      sites: 9, households: 400, participants: 650,
      producers: { total: 300, women: 200, youth: 90, groups: null },
      sales: { kgs: 35_500_000, usd: 398_652.44 },
      restoration: { done: 12.5, planned: 45 },
    });
    expect(Object.keys(k.provenance)).toEqual([...FIGURE_KEYS]);
    // A source GET /api/sources has not named (yet) shows its id rather than nothing.
    expect(k.provenance.sales.sources.map((s) => s.title)).toEqual(['nbkr', 'Sample programme data']);
    expect(k.provenance.sales.dataDate).toBe('2024-12-31');
    expect(k.provenance.restoration).toEqual({ sources: [], dataDate: null, isSample: false });
  });

  it('reads a producer-group count when the summary carries one', () => {
    const withGroups = { ...summary, producers: { ...summary.producers, groups: 12 } } as Summary;
    expect(keyFigures(withGroups, new Map()).values.producers.groups).toBe(12);
  });
});

describe('formatDataDate', () => {
  it('writes the calendar date in the language, whatever the time zone', () => {
    expect(formatDataDate('2024-12-31', 'en')).toMatch(/Dec.*31.*2024|31.*Dec.*2024/);
    expect(formatDataDate('2024-12-31', 'ru')).toMatch(/31.*дек.*2024/);
    expect(formatDataDate('not a date', 'en')).toBe('not a date');
  });
});
