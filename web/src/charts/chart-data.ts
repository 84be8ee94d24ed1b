// The API's summaries reshaped into the rows recharts draws. Pure, tested without a DOM. Nothing here adds,
// divides or rounds a figure: every value drawn is a value the API sent (CONVENTIONS: no number computed twice).
import type {
  IndicatorRow,
  IndicatorsSummary,
  ParticipantsSummary,
  PeopleCount,
  RestorationSummary,
  SalesChannel,
  SalesSummary,
  SalesSummaryRow,
} from '../lib/api';
import type { Currency } from '../state/filters';

/** A sales figure in the chosen currency, as the API gives it (US$ null = no rate recorded for a month). */
export function salesValue(row: Pick<SalesSummaryRow, 'salesKgs' | 'salesUsd'>, currency: Currency): number | null {
  return currency === 'USD' ? row.salesUsd : row.salesKgs;
}

export interface KeyedValue {
  key: string;
  name: SalesSummaryRow['name'];
  value: number | null;
}

/** One bar per row of a sales summary (by region, by category). */
export function salesBars(summary: SalesSummary, currency: Currency): KeyedValue[] {
  return summary.rows.map((r) => ({ key: r.key, name: r.name, value: salesValue(r, currency) }));
}

export type ChannelRow = { key: string } & Partial<Record<SalesChannel, number | null>>;

/**
 * Sales over time stacked by channel, from a year_channel or month_channel summary (one row per period and channel):
 * one row per period in the API's order, with each channel's figure; a channel with no row in a period sold nothing
 * then and is left out of that row (no bar).
 */
export function channelRows(summary: SalesSummary, currency: Currency): { rows: ChannelRow[]; channels: SalesChannel[] } {
  const byKey = new Map<string, ChannelRow>();
  const channels = new Set<SalesChannel>();
  for (const r of summary.rows) {
    if (r.channel === null) continue;
    let row = byKey.get(r.key);
    if (!row) byKey.set(r.key, (row = { key: r.key }));
    row[r.channel] = salesValue(r, currency);
    channels.add(r.channel);
  }
  return { rows: [...byKey.values()], channels: [...channels] };
}

/** A people count as a bar length: "<5" (1 to 4 people) draws no bar; its label says "<5". */
export const barLength = (count: PeopleCount): number => (typeof count === 'number' ? count : 0);

export interface PeopleRow {
  key: string;
  women: PeopleCount;
  men: PeopleCount;
  youth: PeopleCount;
  adult: PeopleCount;
  total: PeopleCount;
}

/** The producers, the participants of all trainings, then each training topic: each by sex and by age group. */
export function peopleRows(summary: ParticipantsSummary): PeopleRow[] {
  const p = summary.producers;
  const all = summary.trainingParticipants;
  return [
    { key: 'producers', women: p.women, men: p.men, youth: p.youth, adult: p.adult, total: p.total },
    { key: 'trainings', women: all.women, men: all.men, youth: all.youth, adult: all.adult, total: all.total },
    ...summary.trainings.map((t) => ({ key: t.topic, women: t.women, men: t.men, youth: t.youth, adult: t.adult, total: t.participants })),
  ];
}

export interface RestorationPoint {
  /** A year, or null for activities without an end date. */
  year: number | null;
  plannedHa: number;
  doneHa: number;
  cumulativePlannedHa: number | null;
  cumulativeDoneHa: number | null;
}

export function restorationRows(summary: RestorationSummary): RestorationPoint[] {
  return summary.rows.map(({ year, plannedHa, doneHa, cumulativePlannedHa, cumulativeDoneHa }) => ({
    year,
    plannedHa,
    doneHa,
    cumulativePlannedHa,
    cumulativeDoneHa,
  }));
}

/** The indicators present, in the API's order (code and name). */
export function indicatorList(summary: IndicatorsSummary): Pick<IndicatorRow, 'code' | 'name' | 'unit'>[] {
  const seen = new Map<string, Pick<IndicatorRow, 'code' | 'name' | 'unit'>>();
  for (const r of summary.rows) if (!seen.has(r.code)) seen.set(r.code, { code: r.code, name: r.name, unit: r.unit });
  return [...seen.values()];
}

/**
 * Which region's rows an indicator chart shows: the scope's region when it has rows, else the national figure,
 * else the only region there is; with several regions and no national figure, the first in the API's order.
 */
export function indicatorRegion(summary: IndicatorsSummary, code: string, scopeRegion: string | null): string | null {
  const regions = [...new Set(summary.rows.filter((r) => r.code === code).map((r) => r.region))];
  if (scopeRegion !== null && regions.includes(scopeRegion)) return scopeRegion;
  if (regions.includes(null)) return null;
  return regions[0] ?? null;
}

export interface IndicatorPoint {
  year: number;
  /** The actual as a line value; null when not reported or shown as "<5". */
  actual: number | null;
  /** The actual as the API sent it ("<5" kept). */
  actualValue: IndicatorRow['actual'];
  target: number;
  baseline: number;
  percentOfTarget: number | null;
  status: IndicatorRow['status'];
}

/** One indicator for one region (null = national), everyone (sex and age "all"), by year. */
export function indicatorSeries(summary: IndicatorsSummary, code: string, region: string | null): IndicatorPoint[] {
  return summary.rows
    .filter((r) => r.code === code && r.region === region && r.sex === 'all' && r.ageGroup === 'all')
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      year: r.year,
      actual: typeof r.actual === 'number' ? r.actual : null,
      actualValue: r.actual,
      target: r.target,
      baseline: r.baseline,
      percentOfTarget: r.percentOfTarget,
      status: r.status,
    }));
}
