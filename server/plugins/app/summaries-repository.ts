import fp from 'fastify-plugin';
import type pg from 'pg';
import {
  PROGRAMME_END_YEAR,
  PROGRAMME_START_YEAR,
  SMALL_COUNT,
  type IndicatorRow,
  type IndicatorsSummary,
  type ParticipantsSummary,
  type PeopleCount,
  type RestorationRow,
  type RestorationSummary,
  type SalesByVillage,
  type SalesGrouping,
  type SalesSummary,
} from '../../schemas/summaries.ts';
import type { Scope } from '../../lib/scope.ts';
import { indicatorProgress } from '../../lib/indicator-status.ts';
import { loadSql } from '../../lib/sql.ts';

const SQL = loadSql('summaries', ['sales', 'producers', 'trainings', 'restoration', 'indicators', 'scopeCodes', 'salesByVillage']);

/** DESIGN.md: a figure of 1–4 people is shown as "<5". */
export function peopleCount(n: number): PeopleCount {
  return n > 0 && n < 5 ? SMALL_COUNT : n;
}

const sortedUnique = (...lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())].sort();
const round2 = (x: number): number => Math.round(x * 100) / 100;

interface SalesDbRow {
  is_total: boolean;
  key: string | null;
  channel: SalesSummary['rows'][number]['channel'];
  sales_kgs: number;
  sales_usd: number | null;
  source_ids: string[];
  fx_source_ids: string[];
  is_sample: boolean;
  name_ky: string | null;
  name_ru: string | null;
  name_en: string | null;
}

interface SalesByVillageDbRow {
  code: string;
  name_ky: string | null;
  name_ru: string | null;
  name_en: string;
  oblast_code: string;
  lon: number;
  lat: number;
  channel: SalesByVillage['rows'][number]['channel'];
  sales_kgs: number;
  source_ids: string[];
  is_sample: boolean;
}

interface ProducersDbRow {
  groups: number;
  total: number;
  women: number;
  youth: number;
  source_ids: string[];
  is_sample: boolean;
}

interface TrainingDbRow {
  topic: ParticipantsSummary['trainings'][number]['topic'];
  sessions: number;
  participants: number;
  women: number;
  youth: number;
  source_ids: string[];
  is_sample: boolean;
}

interface RestorationDbRow {
  is_total: boolean;
  year: number | null;
  activities: number;
  planned_ha: number;
  done_ha: number;
  source_ids: string[];
  is_sample: boolean;
}

interface IndicatorDbRow {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  unit: IndicatorRow['unit'];
  higher_is_better: boolean;
  region_code: string | null;
  region_name_ky: string | null;
  region_name_ru: string | null;
  region_name_en: string | null;
  year: number;
  sex: IndicatorRow['sex'];
  age_group: IndicatorRow['ageGroup'];
  baseline: number;
  target: number;
  actual: number | null;
  end_target: number;
  end_year: number;
  source_id: string;
  is_sample: boolean;
}

export function createSummariesRepository(pool: pg.Pool) {
  return {
    async sales(scope: Scope, by: SalesGrouping): Promise<SalesSummary> {
      const { rows } = await pool.query<SalesDbRow>(SQL.sales, [
        ...scope.place, scope.category, scope.channel, scope.start, scope.end, by,
      ]);
      const total = rows.find((r) => r.is_total);
      if (!total) throw new Error('sales query returned no total row');
      return {
        by,
        filters: scope.filters,
        rows: rows
          .filter((r) => !r.is_total)
          .map((r) => ({
            key: r.key ?? '',
            channel: r.channel,
            name: r.name_en !== null ? { ky: r.name_ky ?? r.name_en, ru: r.name_ru ?? r.name_en, en: r.name_en } : null,
            salesKgs: r.sales_kgs,
            salesUsd: r.sales_usd,
            sourceIds: sortedUnique(r.source_ids, r.fx_source_ids),
            isSample: r.is_sample,
          })),
        total: { salesKgs: total.sales_kgs, salesUsd: total.sales_usd },
        sourceIds: sortedUnique(total.source_ids, total.fx_source_ids),
        isSample: total.is_sample,
      };
    },

    /** Sales per producer village and channel, each village with its point (the map's flows). */
    async salesByVillage(scope: Scope): Promise<SalesByVillage> {
      const { rows } = await pool.query<SalesByVillageDbRow>(SQL.salesByVillage, [
        ...scope.place, scope.category, scope.channel, scope.start, scope.end,
      ]);
      return {
        filters: scope.filters,
        rows: rows.map((r) => ({
          village: r.code,
          name: { ky: r.name_ky ?? r.name_en, ru: r.name_ru ?? r.name_en, en: r.name_en },
          oblastCode: r.oblast_code,
          lon: r.lon,
          lat: r.lat,
          channel: r.channel,
          salesKgs: r.sales_kgs,
          sourceIds: sortedUnique(r.source_ids),
          isSample: r.is_sample,
        })),
        total: { salesKgs: round2(rows.reduce((sum, r) => sum + r.sales_kgs, 0)) },
        sourceIds: sortedUnique(...rows.map((r) => r.source_ids)),
        isSample: rows.some((r) => r.is_sample),
      };
    },

    async participants(scope: Scope): Promise<ParticipantsSummary> {
      const [producers, trainings] = await Promise.all([
        pool.query<ProducersDbRow>(SQL.producers, [...scope.place, scope.category]),
        pool.query<TrainingDbRow>(SQL.trainings, [...scope.place, scope.start, scope.end]),
      ]);
      const p = producers.rows[0];
      if (!p) throw new Error('producers query returned no row');
      const t = trainings.rows;
      // Summed before masking: a total of masked parts would hide more than it must, or give a part away.
      const sum = (pick: (r: TrainingDbRow) => number) => t.reduce((n, r) => n + pick(r), 0);
      const attended = sum((r) => r.participants);
      const women = sum((r) => r.women);
      const youth = sum((r) => r.youth);
      return {
        filters: scope.filters,
        producers: {
          groups: p.groups,
          total: peopleCount(p.total),
          women: peopleCount(p.women),
          men: peopleCount(p.total - p.women),
          youth: peopleCount(p.youth),
          adult: peopleCount(p.total - p.youth),
        },
        trainingParticipants: {
          sessions: sum((r) => r.sessions),
          total: peopleCount(attended),
          women: peopleCount(women),
          men: peopleCount(attended - women),
          youth: peopleCount(youth),
          adult: peopleCount(attended - youth),
          sourceIds: sortedUnique(...t.map((r) => r.source_ids)),
          isSample: t.some((r) => r.is_sample),
        },
        trainings: t.map((r) => ({
          topic: r.topic,
          sessions: r.sessions,
          participants: peopleCount(r.participants),
          women: peopleCount(r.women),
          men: peopleCount(r.participants - r.women),
          youth: peopleCount(r.youth),
          adult: peopleCount(r.participants - r.youth),
          sourceIds: sortedUnique(r.source_ids),
          isSample: r.is_sample,
        })),
        sourceIds: sortedUnique(p.source_ids, ...t.map((r) => r.source_ids)),
        isSample: p.is_sample || t.some((r) => r.is_sample),
      };
    },

    async restoration(scope: Scope): Promise<RestorationSummary> {
      const { rows } = await pool.query<RestorationDbRow>(SQL.restoration, [...scope.place, scope.start, scope.end]);
      const total = rows.find((r) => r.is_total);
      if (!total) throw new Error('restoration query returned no total row');
      let planned = 0;
      let done = 0;
      const out: RestorationRow[] = rows
        .filter((r) => !r.is_total)
        .map((r) => {
          if (r.year !== null) {
            planned += r.planned_ha;
            done += r.done_ha;
          }
          return {
            year: r.year,
            activities: r.activities,
            plannedHa: r.planned_ha,
            doneHa: r.done_ha,
            cumulativePlannedHa: r.year === null ? null : round2(planned),
            cumulativeDoneHa: r.year === null ? null : round2(done),
            sourceIds: sortedUnique(r.source_ids),
            isSample: r.is_sample,
          };
        });
      return {
        filters: scope.filters,
        rows: out,
        total: {
          targetHa: total.planned_ha,
          doneHa: total.done_ha,
          percentDone: total.planned_ha > 0 ? Math.round((total.done_ha / total.planned_ha) * 1000) / 10 : null,
        },
        // The programme facts hold no restoration-hectare target (schemas/summaries.ts RESTORATION_TARGET_BASES).
        programmeTarget: { year: PROGRAMME_END_YEAR, hectares: total.planned_ha, basis: 'planned_sum' },
        sourceIds: sortedUnique(total.source_ids),
        isSample: total.is_sample,
      };
    },

    async indicators(scope: Scope): Promise<IndicatorsSummary> {
      const { rows } = await pool.query<IndicatorDbRow>(SQL.indicators, [...scope.place, scope.start, scope.end]);
      const programme = { startYear: PROGRAMME_START_YEAR, endYear: PROGRAMME_END_YEAR };
      return {
        filters: scope.filters,
        programme,
        rows: rows.map((r) => {
          const progress = indicatorProgress(
            {
              year: r.year,
              baseline: r.baseline,
              target: r.target,
              endTarget: r.end_target,
              actual: r.actual,
              higherIsBetter: r.higher_is_better,
            },
            programme,
          );
          // A count of 1–4 people is "<5"; its percentage would give the number away, so it goes too.
          const masked = r.unit === 'people' && r.actual !== null && peopleCount(r.actual) === SMALL_COUNT;
          return {
            code: r.code,
            name: { ky: r.name_ky, ru: r.name_ru, en: r.name_en },
            unit: r.unit,
            higherIsBetter: r.higher_is_better,
            region: r.region_code,
            regionName:
              r.region_name_en !== null
                ? { ky: r.region_name_ky ?? r.region_name_en, ru: r.region_name_ru ?? r.region_name_en, en: r.region_name_en }
                : null,
            year: r.year,
            sex: r.sex,
            ageGroup: r.age_group,
            baseline: r.baseline,
            target: r.target,
            endTarget: r.end_target,
            actual: masked ? SMALL_COUNT : r.actual,
            percentOfTarget: masked ? null : progress.percentOfTarget,
            expectedPercent: progress.expectedPercent,
            status: progress.status,
            sourceId: r.source_id,
            isSample: r.is_sample,
          };
        }),
        sourceIds: sortedUnique(rows.map((r) => r.source_id)),
        isSample: rows.some((r) => r.is_sample),
      };
    },

    /** What the scope's codes are checked against (lib/scope.ts): every site code; whether the rayon and village exist. */
    async scopeCodes(rayon: string | null, village: string | null): Promise<{ sites: string[]; rayonKnown: boolean; villageKnown: boolean }> {
      const { rows } = await pool.query<{ sites: string[]; rayon_known: boolean; village_known: boolean }>(
        SQL.scopeCodes, [rayon, village],
      );
      const r = rows[0];
      if (!r) throw new Error('scopeCodes returned no row');
      return { sites: r.sites, rayonKnown: r.rayon_known, villageKnown: r.village_known };
    },
  };
}
export type SummariesRepository = ReturnType<typeof createSummariesRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    summariesRepository: SummariesRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('summariesRepository', createSummariesRepository(app.db.pool));
  },
  { name: 'summaries-repository', dependencies: ['database'] },
);
