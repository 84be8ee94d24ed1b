import fp from 'fastify-plugin';
import type pg from 'pg';
import type { Name } from '../../schemas/api.ts';
import type { Programme, ProgrammeFigure } from '../../schemas/programme.ts';
import { loadSql } from '../../lib/sql.ts';
import { mergeSourceIds } from './analysis-repository.ts';

const SQL = loadSql('programme', ['facts']);

type Kind = 'programme' | 'financing' | 'financing_total' | 'start' | 'end' | 'agency' | 'target_oblast' | 'figure';

interface FactRow {
  code: string;
  kind: Kind;
  ordinal: number;
  name_ky: string | null;
  name_ru: string | null;
  name_en: string | null;
  short_ky: string | null;
  short_ru: string | null;
  short_en: string | null;
  instrument: 'credit' | 'grant' | null;
  amount: number | null;
  unit: ProgrammeFigure['unit'] | null;
  comparator: ProgrammeFigure['comparator'] | null;
  measure: ProgrammeFigure['measure'] | null;
  year: number | null;
  month: number | null;
  admin_unit_code: string | null;
  note: string | null;
  source_id: string;
  is_sample: boolean;
}

// The table's CHECKs guarantee the columns each kind needs; the fallbacks only satisfy the type checker.
const name = (r: FactRow): Name => ({ ky: r.name_ky ?? r.name_en ?? r.code, ru: r.name_ru ?? r.name_en ?? r.code, en: r.name_en ?? r.code });
const abbreviation = (r: FactRow): Name => ({ ky: r.short_ky ?? '', ru: r.short_ru ?? '', en: r.short_en ?? '' });
const month = (r: FactRow | undefined) =>
  r && r.year !== null ? { year: r.year, month: r.month, note: r.note, sourceId: r.source_id } : null;

export function createProgrammeRepository(pool: pg.Pool) {
  return {
    /** The programme's facts, or null when none are loaded. */
    async facts(): Promise<Programme | null> {
      const { rows } = await pool.query<FactRow>(SQL.facts);
      if (rows.length === 0) return null;
      const of = (kind: Kind) => rows.filter((r) => r.kind === kind);
      const one = (kind: Kind) => of(kind)[0];
      const programme = one('programme');
      const total = one('financing_total');
      const agency = one('agency');
      return {
        name: programme ? name(programme) : null,
        abbreviation: programme?.short_en ?? null,
        financing: {
          totalUsd: total?.amount ?? null,
          totalSourceId: total?.source_id ?? null,
          totalNote: total?.note ?? null,
          parts: of('financing').map((r) => ({
            code: r.code,
            instrument: r.instrument ?? 'grant',
            name: name(r),
            abbreviation: abbreviation(r),
            amountUsd: r.amount ?? 0,
            sourceId: r.source_id,
          })),
        },
        start: month(one('start')),
        end: month(one('end')),
        implementingAgency: agency ? { name: name(agency), abbreviation: abbreviation(agency), sourceId: agency.source_id } : null,
        targetOblasts: of('target_oblast').map((r) => ({
          code: r.admin_unit_code ?? r.code,
          name: name(r),
          note: r.note,
          sourceId: r.source_id,
        })),
        figures: of('figure').map((r) => ({
          code: r.code,
          name: name(r),
          measure: r.measure ?? 'target',
          comparator: r.comparator ?? 'exactly',
          value: r.amount ?? 0,
          unit: r.unit ?? 'people',
          year: r.year,
          note: r.note,
          sourceId: r.source_id,
        })),
        sourceIds: mergeSourceIds(rows.map((r) => r.source_id)),
        isSample: rows.some((r) => r.is_sample),
      };
    },
  };
}
export type ProgrammeRepository = ReturnType<typeof createProgrammeRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    programmeRepository: ProgrammeRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('programmeRepository', createProgrammeRepository(app.db.pool));
  },
  { name: 'programme-repository', dependencies: ['database'] },
);
