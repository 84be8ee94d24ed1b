import fp from 'fastify-plugin';
import type pg from 'pg';
import type { SourceList } from '../../schemas/sources.ts';
import { loadSql } from '../../lib/sql.ts';

const SQL = loadSql('sources', ['list', 'citations']);

interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
  licence: string;
  note: string | null;
  is_sample: boolean;
}

interface CitationRow {
  source_id: string;
  table_name: string;
  rows: number;
}

export function createSourcesRepository(pool: pg.Pool) {
  return {
    async list(): Promise<SourceList> {
      const [sources, citations] = await Promise.all([
        pool.query<SourceRow>(SQL.list),
        pool.query<CitationRow>(SQL.citations),
      ]);
      const bySource = new Map<string, { table: string; rows: number }[]>();
      for (const c of citations.rows) {
        const list = bySource.get(c.source_id) ?? [];
        list.push({ table: c.table_name, rows: c.rows });
        bySource.set(c.source_id, list);
      }
      return {
        sources: sources.rows.map((s) => {
          // Sorted here, not by the database's collation, so every server lists tables in the same order.
          const citedBy = (bySource.get(s.id) ?? []).sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0));
          return {
            id: s.id,
            title: s.title,
            publisher: s.publisher,
            published: s.published,
            url: s.url,
            licence: s.licence,
            note: s.note,
            isSample: s.is_sample,
            rows: citedBy.reduce((sum, c) => sum + c.rows, 0),
            citedBy,
          };
        }),
      };
    },
  };
}
export type SourcesRepository = ReturnType<typeof createSourcesRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    sourcesRepository: SourcesRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('sourcesRepository', createSourcesRepository(app.db.pool));
  },
  { name: 'sources-repository', dependencies: ['database'] },
);
