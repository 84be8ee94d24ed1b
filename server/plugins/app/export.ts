// Downloads of any route that opts in with `config: { export: defineExport({ name }) }` and a `format` query
// parameter (lib/export/format.ts): ?format=csv (or Accept: text/csv) answers CSV, ?format=geojson the
// FeatureCollection, ?format=json the JSON, each as an attachment named resiland-<what>-<filters>-<date>.
// The hook works on the JSON the route sent, so a CSV holds exactly the numbers of the JSON answer.
// It is an onSend hook registered at the root: it runs before @fastify/compress's per-route onSend hook,
// so the CSV is what gets compressed.
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { loadSql } from '../../lib/sql.ts';
import { toCsv, CSV_CONTENT_TYPE } from '../../lib/export/csv.ts';
import { exportFilename } from '../../lib/export/filename.ts';
import { featureRows, isFeatureCollection } from '../../lib/export/features.ts';
import { requestedFormat, type ExportFormat } from '../../lib/export/format.ts';
import type { ExportConfig } from '../../lib/export/config.ts';

const SQL = loadSql('exports', ['sourceTitles']);

const GEOJSON_TYPE = 'application/geo+json; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

async function sourceTitles(pool: pg.Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ id: string; title: string }>(SQL.sourceTitles);
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** The filters as the client sent them (request.query also holds the schema's defaults). */
function sentQuery(request: FastifyRequest): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  const search = new URLSearchParams(request.url.split('?')[1] ?? '');
  for (const [key, value] of search) (query[key] ??= []).push(value);
  return query;
}

function attachment(reply: FastifyReply, request: FastifyRequest, config: ExportConfig, extension: string): void {
  const query = sentQuery(request);
  reply.header('content-disposition', `attachment; filename="${exportFilename(config.name, query, extension)}"`);
}

export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      const config = request.routeOptions.config.export;
      if (!config) return payload;
      // The answer depends on Accept (text/csv); a cache must not hand a CSV to a JSON client.
      const vary = reply.getHeader('vary');
      reply.header('vary', vary ? `${String(vary)}, Accept` : 'Accept');
      if (reply.statusCode !== 200 || typeof payload !== 'string') return payload;
      const query = (request.query ?? {}) as Record<string, unknown>;
      const format: ExportFormat | null = requestedFormat(query.format, request.headers.accept);
      if (format === null) return payload;

      const body: unknown = JSON.parse(payload);
      if (format === 'json' || format === 'geojson') {
        if (format === 'geojson' && !isFeatureCollection(body)) {
          // The route's schema lists the formats it offers; this is a route declaring one it cannot give.
          throw new Error(`route ${request.routeOptions.url} offers format=geojson but does not answer a FeatureCollection`);
        }
        reply.type(format === 'geojson' ? GEOJSON_TYPE : JSON_TYPE);
        attachment(reply, request, config, format);
        return payload;
      }

      const rows = config.rows
        ? await config.rows(body, request)
        : isFeatureCollection(body)
          ? featureRows(body)
          : null;
      if (rows === null) {
        throw new Error(`route ${request.routeOptions.url} exports CSV but declares no rows for a non-GeoJSON answer`);
      }
      reply.type(CSV_CONTENT_TYPE);
      attachment(reply, request, config, 'csv');
      return toCsv(rows, await sourceTitles(app.db.pool));
    });
  },
  { name: 'export', dependencies: ['database'] },
);
