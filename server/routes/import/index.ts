// The HTTP import (issue 6, items 6 and 9): GET /api/import/datasets (what the import screen offers) and
// POST /api/import/:dataset, which streams the upload to a temporary file and hands it to the one import core
// (server/lib/import), the same the command line uses, so both give the same report.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { actorOf, noStore, SIGNED_IN, signedInProblems } from '../../lib/auth/http.ts';
import { DATASET_ORDER } from '../../lib/import/datasets/index.ts';
import { importFile, isDatasetName, TOO_MANY_ROWS, type ImportReport } from '../../lib/import/index.ts';
import type { ReadOptions } from '../../lib/import/read/types.ts';
import type { DatasetDef, Lang } from '../../lib/import/types.ts';
import { PROBLEM_CONTENT_TYPE, problem } from '../../lib/problem.ts';
import {
  DatasetParamsSchema,
  ImportBodySchema,
  ImportDatasetsSchema,
  ImportQuerySchema,
  ImportRejectedSchema,
  ImportReportSchema,
  LangQuerySchema,
  ProblemSchema,
  type ImportQuery,
} from '../../schemas/import.ts';
import { problemResponses } from '../problems.ts';
import { unknownDatasetMessage } from '../templates/index.ts';
import { acceptedValues, exampleValue, fieldRequired, formatText, templateFields } from '../templates/template.ts';
import { saveUpload, UploadError } from './upload.ts';

const DELIMITERS = { ',': ',', ';': ';', tab: '\t' } as const;

function readOptions(q: ImportQuery): ReadOptions {
  const options: ReadOptions = {};
  if (q.format) options.format = q.format;
  if (q.encoding) options.encoding = q.encoding;
  if (q.delimiter) options.delimiter = DELIMITERS[q.delimiter];
  if (q.decimal) options.decimal = q.decimal;
  if (q.sheet !== undefined) options.sheet = q.sheet;
  return options;
}

function describeDataset(def: DatasetDef, lang: Lang) {
  return {
    name: def.name,
    label: def.label[lang],
    key: [...def.key],
    fields: templateFields(def).map((f) => ({
      name: f.name,
      label: f.label[lang],
      type: f.type,
      format: formatText(f, lang),
      required: fieldRequired(def, f),
      description: f.description[lang],
      example: exampleValue(f, lang),
      values: acceptedValues(f, lang),
    })),
    templates: {
      csv: `/api/templates/${def.name}.csv?lang=${lang}`,
      xlsx: `/api/templates/${def.name}.xlsx?lang=${lang}`,
    },
  };
}

const sendStatus = (reply: FastifyReply, status: 400 | 404 | 413 | 415, title: string, detail: string, type: string) =>
  reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problem(status, title, detail, type, reply.request.url));

const TITLES = { 400: 'Invalid upload', 404: 'Not found', 413: 'File too large', 415: 'Unsupported media type' } as const;

const routes: FastifyPluginAsyncTypebox = async (app) => {
  // Registered in this plugin only: no other route takes multipart bodies.
  await app.register(multipart, { limits: { fileSize: app.config.importMaxBytes, files: 1 } });
  // Any other body reaches the handler unread, which says how to send the file (rather than a bare 415).
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

  app.get('/api/import/datasets', {
    schema: {
      tags: ['import'],
      summary: 'The datasets a file can be imported into, with their columns and templates',
      description:
        'For each dataset its label, natural key and the template’s columns: header, format, whether required, ' +
        'description, example and accepted values, in the chosen language; and the limits of an upload.',
      querystring: LangQuerySchema,
      response: { 200: ImportDatasetsSchema, ...problemResponses },
    },
  }, async (request) => {
    const lang = request.query.lang ?? 'en';
    return {
      datasets: DATASET_ORDER.map((def) => describeDataset(def, lang)),
      maxBytes: app.config.importMaxBytes,
      maxRows: app.config.importMaxRows,
    };
  });

  app.post('/api/import/:dataset', {
    schema: {
      tags: ['import'],
      summary: 'Import a file into a dataset (editor, admin)',
      description:
        'multipart/form-data with one part named "file": CSV (UTF-8 or Windows-1251, "," ";" or tab, decimal comma or ' +
        'point), .xlsx, GeoJSON or a zipped Shapefile. Everything is checked before anything is written, and one ' +
        'transaction writes all or nothing. 200 with the report when imported or for a dry run (dryRun=true), 422 ' +
        'with the report when the file has errors (nothing was written), 413 above IMPORT_MAX_BYTES or, for a CSV, ' +
        'IMPORT_MAX_ROWS rows. Every import, dry run and rejection is recorded in the audit log.',
      security: SIGNED_IN,
      consumes: ['multipart/form-data'],
      params: DatasetParamsSchema,
      querystring: ImportQuerySchema,
      body: { content: { 'multipart/form-data': { schema: ImportBodySchema } } },
      response: {
        200: ImportReportSchema,
        ...signedInProblems,
        404: ProblemSchema,
        413: ProblemSchema,
        415: ProblemSchema,
        422: ImportRejectedSchema,
      },
    },
    // onRequest: a stranger is answered 401 before the query is validated or any of the upload is read.
    onRequest: app.requireRole('editor', 'import data'),
  }, async (request, reply) => {
    noStore(reply);
    const { dataset } = request.params;
    if (!isDatasetName(dataset)) return sendStatus(reply, 404, TITLES[404], unknownDatasetMessage(dataset), '/problems/not-found');
    const q = request.query;
    const actor = actorOf(request);

    let upload;
    try {
      upload = await saveUpload(request, { maxBytes: app.config.importMaxBytes });
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      const type = error.status === 413 ? '/problems/too-large' : '/problems/invalid-upload';
      return sendStatus(reply, error.status, TITLES[error.status], error.message, type);
    }

    let report: ImportReport;
    try {
      report = await importFile(app.db.pool, {
        dataset,
        input: { path: upload.path },
        options: readOptions(q),
        dryRun: q.dryRun ?? false,
        replace: q.replace ?? false,
        lang: q.lang ?? 'en',
        actor: actor.name,
        actorRole: actor.role,
        maxRows: app.config.importMaxRows,
      });
    } finally {
      await upload.remove();
    }

    // No cache to clear: the core bumped the data version, which every cached answer is keyed by (query-cache.ts).
    const tooLong = report.problems.find((p) => p.code === TOO_MANY_ROWS);
    if (tooLong) return sendStatus(reply, 413, 'Too many rows', `${tooLong.message} (IMPORT_MAX_ROWS)`, '/problems/too-large');
    if (report.status === 'rejected') {
      return reply
        .code(422)
        .type(PROBLEM_CONTENT_TYPE)
        .send({ ...problem(422, 'File rejected', report.summary, '/problems/import-rejected', request.url), report });
    }
    return report;
  });
};

export default routes;
