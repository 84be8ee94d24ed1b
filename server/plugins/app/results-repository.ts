// The results framework for donors (GET /api/results): the series of indicator_values (sql/results.sql) folded into
// one row per indicator and region, with its women / men / youth groups. Status and percentages come from
// lib/indicator-status.ts, the rule GET /api/summary/indicators states; people counts of 1–4 are "<5".
import fp from 'fastify-plugin';
import type pg from 'pg';
import { PROGRAMME_END_YEAR, PROGRAMME_START_YEAR, SMALL_COUNT, type IndicatorRow } from '../../schemas/summaries.ts';
import type { ResultGroup, ResultGroupName, ResultRow, Results } from '../../schemas/results.ts';
import { indicatorProgress } from '../../lib/indicator-status.ts';
import { loadSql } from '../../lib/sql.ts';
import { peopleCount } from './summaries-repository.ts';

const SQL = loadSql('results', ['series', 'indicatorCodes']);
const PROGRAMME = { startYear: PROGRAMME_START_YEAR, endYear: PROGRAMME_END_YEAR };

export interface SeriesDbRow {
  indicator_code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  unit: IndicatorRow['unit'];
  higher_is_better: boolean;
  region_code: string | null;
  region_name_ky: string | null;
  region_name_ru: string | null;
  region_name_en: string | null;
  sex: IndicatorRow['sex'];
  age_group: IndicatorRow['ageGroup'];
  first_year: number;
  baseline: number;
  end_year: number;
  end_target: number;
  latest_year: number | null;
  latest_baseline: number | null;
  latest_target: number | null;
  latest_actual: number | null;
  source_ids: string[];
  is_sample: boolean;
}

/** The numbers of one series before masking: what the figures are computed from. */
interface SeriesValues {
  baseline: number;
  baselineYear: number;
  endTarget: number;
  endYear: number;
  latestYear: number | null;
  latestBaseline: number | null;
  latestTarget: number | null;
  latestActual: number | null;
}

type Figures = Omit<ResultGroup, 'group' | 'derived' | 'withheld'>;

const round2 = (x: number): number => Math.round(x * 100) / 100;
// Counts of people and households add up, so the men of a row are its whole minus its women.
const ADDITIVE_UNITS: ReadonlySet<IndicatorRow['unit']> = new Set(['people', 'households']);

function valuesOf(r: SeriesDbRow): SeriesValues {
  return {
    baseline: r.baseline,
    baselineYear: r.first_year,
    endTarget: r.end_target,
    endYear: r.end_year,
    latestYear: r.latest_year,
    latestBaseline: r.latest_baseline,
    latestTarget: r.latest_target,
    latestActual: r.latest_actual,
  };
}

/** Men = whole − women, figure by figure, when both series cover the same years; else null (not shown). */
function menFrom(all: SeriesValues, women: SeriesValues): SeriesValues | null {
  if (all.baselineYear !== women.baselineYear || all.endYear !== women.endYear || all.latestYear !== women.latestYear) {
    return null;
  }
  const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : round2(a - b));
  return {
    baseline: round2(all.baseline - women.baseline),
    baselineYear: all.baselineYear,
    endTarget: round2(all.endTarget - women.endTarget),
    endYear: all.endYear,
    latestYear: all.latestYear,
    latestBaseline: minus(all.latestBaseline, women.latestBaseline),
    latestTarget: minus(all.latestTarget, women.latestTarget),
    latestActual: minus(all.latestActual, women.latestActual),
  };
}

/** Figures of a series: status by the indicators summary's rule; percent of the END target by the same ratio. */
function figuresOf(v: SeriesValues, unit: IndicatorRow['unit'], higherIsBetter: boolean, withheld: boolean): Figures {
  const actual = v.latestActual;
  const status =
    actual === null || v.latestYear === null || v.latestTarget === null || v.latestBaseline === null
      ? 'no_data'
      : indicatorProgress(
          { year: v.latestYear, baseline: v.latestBaseline, target: v.latestTarget, endTarget: v.endTarget, actual, higherIsBetter },
          PROGRAMME,
        ).status;
  // The ratio of lib/indicator-status.ts, taken against the end target (the year's target set to it).
  const ofEnd =
    actual === null
      ? null
      : indicatorProgress(
          { year: v.endYear, baseline: v.baseline, target: v.endTarget, endTarget: v.endTarget, actual, higherIsBetter },
          PROGRAMME,
        ).percentOfTarget;
  const small = unit === 'people' && actual !== null && peopleCount(actual) === SMALL_COUNT;
  return {
    baseline: v.baseline,
    baselineYear: v.baselineYear,
    latestYear: v.latestYear,
    // A count of 1–4 people is "<5"; its percentage would give the number away, so it goes too (as the summary).
    latestActual: withheld ? null : small ? SMALL_COUNT : actual,
    latestTarget: v.latestTarget,
    endTarget: v.endTarget,
    endYear: v.endYear,
    percentOfEndTarget: withheld || small ? null : ofEnd,
    status,
  };
}

const isSmall = (unit: IndicatorRow['unit'], v: SeriesValues | null) =>
  unit === 'people' && v !== null && v.latestActual !== null && peopleCount(v.latestActual) === SMALL_COUNT;

/**
 * One row per indicator and region from its series. Groups: women (sex women, all ages), men (the data's, or the
 * whole minus women for counts), youth (all sexes). Other combinations (women and youth together, adults) are not
 * shown. Within a row, whole = women + men: when one sex is "<5" and the whole is shown, the other sex's actual is
 * withheld, else subtracting it from the whole would give the small count away.
 */
export function foldSeries(rows: readonly SeriesDbRow[]): ResultRow[] {
  const byRow = new Map<string, SeriesDbRow[]>();
  for (const r of rows) {
    const key = `${r.indicator_code}|${r.region_code ?? ''}`;
    const list = byRow.get(key) ?? [];
    list.push(r);
    byRow.set(key, list);
  }
  const out: ResultRow[] = [];
  for (const list of byRow.values()) {
    const find = (sex: string, age: string) => list.find((r) => r.sex === sex && r.age_group === age) ?? null;
    const whole = find('all', 'all');
    if (!whole) continue;
    const unit = whole.unit;
    const hib = whole.higher_is_better;
    const all = valuesOf(whole);
    const womenRow = find('women', 'all');
    const menRow = find('men', 'all');
    const youthRow = find('all', 'youth');
    const women = womenRow ? valuesOf(womenRow) : null;
    let men = menRow ? valuesOf(menRow) : null;
    const menDerived = men === null && women !== null && ADDITIVE_UNITS.has(unit);
    if (menDerived) men = menFrom(all, women!);

    const wholeShown = !isSmall(unit, all) && all.latestActual !== null;
    const womenSmall = isSmall(unit, women);
    const menSmall = isSmall(unit, men);
    const groups: ResultGroup[] = [];
    const add = (group: ResultGroupName, v: SeriesValues | null, derived: boolean, withheld: boolean) => {
      if (v) groups.push({ group, derived, withheld, ...figuresOf(v, unit, hib, withheld) });
    };
    add('women', women, false, wholeShown && menSmall && !womenSmall && men !== null);
    add('men', men, menDerived, wholeShown && womenSmall && !menSmall);
    add('youth', youthRow ? valuesOf(youthRow) : null, false, false);

    const used = [whole, womenRow, menRow, youthRow].filter((r): r is SeriesDbRow => r !== null);
    out.push({
      indicator: whole.indicator_code,
      name: { ky: whole.name_ky, ru: whole.name_ru, en: whole.name_en },
      unit,
      higherIsBetter: hib,
      region: whole.region_code,
      regionName:
        whole.region_name_en !== null
          ? { ky: whole.region_name_ky ?? whole.region_name_en, ru: whole.region_name_ru ?? whole.region_name_en, en: whole.region_name_en }
          : null,
      ...figuresOf(all, unit, hib, false),
      groups,
      sourceIds: [...new Set(used.flatMap((r) => r.source_ids))].sort(),
      isSample: used.some((r) => r.is_sample),
    });
  }
  return out;
}

export function createResultsRepository(pool: pg.Pool) {
  return {
    async results(region: string | null, indicator: string | null): Promise<Results> {
      const { rows } = await pool.query<SeriesDbRow>(SQL.series, [region, indicator]);
      const folded = foldSeries(rows);
      return {
        filters: { region, indicator },
        programme: PROGRAMME,
        rows: folded,
        sourceIds: [...new Set(folded.flatMap((r) => r.sourceIds))].sort(),
        isSample: folded.some((r) => r.isSample),
      };
    },

    async indicatorCodes(): Promise<string[]> {
      const { rows } = await pool.query<{ code: string }>(SQL.indicatorCodes);
      return rows.map((r) => r.code);
    },
  };
}
export type ResultsRepository = ReturnType<typeof createResultsRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    resultsRepository: ResultsRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('resultsRepository', createResultsRepository(app.db.pool));
  },
  { name: 'results-repository', dependencies: ['database'] },
);
