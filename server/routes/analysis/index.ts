import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError } from 'fastify';
import {
  AreaAnalysisSchema,
  AreaBodySchema,
  AreaQuerySchema,
  MAX_AREA_BODY_BYTES,
  MAX_AREA_KM2,
  MAX_AREA_VERTICES,
} from '../../schemas/analysis.ts';
import { ProblemSchema } from '../../schemas/api.ts';
import { AreaRejectedError } from '../../plugins/app/analysis-repository.ts';
import { problemResponses } from '../problems.ts';
import { AreaInputError, parseAreaInput } from '../../lib/area-input.ts';

const SHAPE_HINT = 'Send a GeoJSON Polygon or MultiPolygon (lon/lat), or a Feature wrapping one.';
const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

// Fastify's own words for an unreadable body name the parser; these say what to send instead.
function bodyMessage(error: FastifyError, contentLength: string | undefined): string | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return (
        `The request body is ${contentLength ? mb(Number(contentLength)) : 'too large'}; the limit is ` +
        `${mb(MAX_AREA_BODY_BYTES)}. Simplify the outline (at most ${MAX_AREA_VERTICES.toLocaleString('en')} ` +
        'vertices; 6 decimals are 10 cm) and send it again.'
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return `The request body is empty. ${SHAPE_HINT}`;
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return `The request body is not valid JSON (look for a missing bracket, quote or comma). ${SHAPE_HINT}`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `The request body must be JSON: send it with Content-Type: application/json (or application/geo+json). ${SHAPE_HINT}`;
    default:
      return null;
  }
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  // GeoJSON files and tools send application/geo+json (RFC 7946); read it like JSON, in this plugin only.
  app.addContentTypeParser('application/geo+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  // Errors of this plugin's routes: rephrase an unreadable body, and hand everything else to the app's handler
  // (an error thrown in a child's error handler goes to the parent's).
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const detail = bodyMessage(error, request.headers['content-length']);
    if (detail === null) throw error;
    const status = error.statusCode ?? 400;
    throw Object.assign(new Error(detail), { statusCode: status });
  });

  app.post('/api/analysis/area', {
    bodyLimit: MAX_AREA_BODY_BYTES,
    schema: {
      tags: ['analysis'],
      summary: 'What lies in a drawn area: villages, households, hazard sites, producers, products, sales, restoration',
      description:
        'The body is the area; radiusKm (query, or a top-level body member) buffers it. Everything is computed ' +
        'by PostGIS: a village counts when its point is in the area (edge included), a site when its hazard ' +
        'zone intersects it, a restoration plot pro rata to the share of its area inside. An area with nothing ' +
        `in it answers zeros. Bad input is a 400 saying what to fix (outline not closed, crossing lines, more than ` +
        `${MAX_AREA_VERTICES.toLocaleString('en')} vertices, over ${MAX_AREA_KM2.toLocaleString('en')} km²); a ` +
        `body over ${mb(MAX_AREA_BODY_BYTES)} is a 413.`,
      querystring: AreaQuerySchema,
      body: AreaBodySchema,
      response: { 200: AreaAnalysisSchema, ...problemResponses, 413: ProblemSchema, 415: ProblemSchema },
    },
    // The body's own checks come before schema validation, so a bad area gets a message that says which ring
    // and position to fix rather than a schema path.
    preValidation: async (request) => {
      try {
        parseAreaInput(request.body);
      } catch (error) {
        if (error instanceof AreaInputError) throw app.httpErrors.badRequest(error.message);
        throw error;
      }
    },
  }, async (request) => {
    const input = parseAreaInput(request.body);
    const fromQuery = request.query.radiusKm;
    if (fromQuery !== undefined && input.radiusKm !== undefined && fromQuery !== input.radiusKm) {
      throw app.httpErrors.badRequest(
        `radiusKm is given twice with different values (query ${fromQuery}, body ${input.radiusKm}); give it once.`,
      );
    }
    const radiusKm = fromQuery ?? input.radiusKm ?? 0;
    try {
      return await app.analysisRepository.area(input.geometry, radiusKm);
    } catch (error) {
      if (error instanceof AreaRejectedError) throw app.httpErrors.badRequest(error.message);
      throw error;
    }
  });
};
export default routes;
