// What a route declares to be exportable: `config: { export: defineExport({ name: 'sites' }) }`.
// A FeatureCollection answer needs nothing more (one CSV row per feature: its properties, and lon/lat for a
// point); any other answer says which rows its CSV holds.
import type { FastifyRequest } from 'fastify';
import type { ExportRow } from './flatten.ts';

export interface ExportConfig {
  /** The <what> of the file name: resiland-<what>-<filters>-<date>.csv */
  name: string;
  /** The CSV rows of one answer (the JSON body as the client gets it). Default: a FeatureCollection's features. */
  rows?: (payload: unknown, request: FastifyRequest) => readonly ExportRow[] | Promise<readonly ExportRow[]>;
}

/** Types `rows` by the route's response; the payload it receives is that response, parsed from the JSON sent. */
export function defineExport<T = unknown>(config: {
  name: string;
  rows?: (payload: T, request: FastifyRequest) => readonly ExportRow[] | Promise<readonly ExportRow[]>;
}): ExportConfig {
  const { name, rows } = config;
  return rows ? { name, rows: (payload, request) => rows(payload as T, request) } : { name };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    export?: ExportConfig;
  }
}
