// The export formats a route offers, as a `format` query parameter (or `Accept: text/csv`).
import { Type, type TObject, type TProperties } from 'typebox';

export const EXPORT_FORMATS = ['json', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Feature lists: GeoJSON (their JSON), CSV. */
export const FEATURE_FORMATS = ['geojson', 'csv'] as const satisfies readonly ExportFormat[];
/** Summaries: a FeatureCollection of totals is meaningless, so JSON and CSV only. */
export const TABLE_FORMATS = ['json', 'csv'] as const satisfies readonly ExportFormat[];

export function exportFormatSchema<const F extends readonly ExportFormat[]>(formats: F) {
  return Type.Optional(Type.Enum([...formats], {
    description:
      `Download as ${formats.join(' or ')} (Content-Disposition: attachment; filename "resiland-<what>-<filters>-<date>"). ` +
      'Absent: the usual answer, or CSV when the request sends Accept: text/csv.',
  }));
}

/** The route's querystring schema with the `format` parameter added. */
export function withExportFormat<P extends TProperties, const F extends readonly ExportFormat[]>(
  schema: TObject<P>,
  formats: F,
) {
  return Type.Object({ ...schema.properties, format: exportFormatSchema(formats) }, { ...schemaOptions(schema) });
}

/** The querystring of a route that has no other parameter. */
export function exportQuery<const F extends readonly ExportFormat[]>(formats: F) {
  return Type.Object({ format: exportFormatSchema(formats) });
}

function schemaOptions(schema: TObject): Record<string, unknown> {
  const { type: _type, properties: _properties, required: _required, ...rest } = schema as unknown as Record<string, unknown>;
  return rest;
}

/**
 * The format asked for: the `format` parameter if present, else CSV when text/csv is the first media type the
 * client accepts, else null (the route's usual answer, not a download).
 */
export function requestedFormat(format: unknown, accept: string | undefined): ExportFormat | null {
  if (typeof format === 'string' && (EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  const first = accept?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return first === 'text/csv' ? 'csv' : null;
}
