// GET /api/templates/:dataset.csv and .xlsx (issue 6, item 5): a file to fill in for each import dataset, with its
// columns, one example row and (xlsx) the descriptions in Kyrgyz, Russian and English. See ./template.ts for what
// goes in each and why.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DATASET_NAMES, isDatasetName, type DatasetName } from '../../lib/import/types.ts';
import { loadSql } from '../../lib/sql.ts';
import { DatasetParamsSchema, LangQuerySchema, ProblemSchema } from '../../schemas/import.ts';
import { problemResponses } from '../problems.ts';
import {
  CSV_TEMPLATE_TYPE,
  templateCsv,
  templateFileName,
  templateXlsx,
  XLSX_TEMPLATE_TYPE,
  type ExampleCodes,
  type TemplateFormat,
} from './template.ts';

const SQL = loadSql('templates', ['exampleCodes']);

export const unknownDatasetMessage = (name: string): string =>
  `There is no dataset "${name}". The datasets are: ${DATASET_NAMES.join(', ')}.`;

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const exampleCodes = async (): Promise<ExampleCodes> =>
    (await app.db.pool.query<Record<DatasetName, string | null>>(SQL.exampleCodes)).rows[0] ?? {};

  const route = (format: TemplateFormat) =>
    app.get(`/api/templates/:dataset.${format}`, {
      schema: {
        tags: ['import'],
        summary: `The ${format === 'csv' ? 'CSV' : '.xlsx'} template of an import dataset`,
        description:
          format === 'csv'
            ? 'The column headers (labels in the chosen language; the importer also accepts the other languages and the ' +
              'field names) and one example row. UTF-8 with a BOM; ky and ru use ";" and a decimal comma as Excel does ' +
              'in those locales, en ",". The descriptions of the columns are in the .xlsx template and GET /api/import/datasets.'
            : 'The first sheet, named like the dataset, holds the column headers and one example row; the second describes ' +
              'every column (required or not, format, accepted values, example) in Kyrgyz, Russian and English.',
        params: DatasetParamsSchema,
        querystring: LangQuerySchema,
        response: {
          200: {
            description: `resiland-template-<dataset>.${format}`,
            content: {
              [format === 'csv' ? 'text/csv' : XLSX_TEMPLATE_TYPE]: {
                schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }),
              },
            },
          },
          ...problemResponses,
          404: ProblemSchema,
        },
      },
    }, async (request, reply) => {
      const { dataset } = request.params;
      if (!isDatasetName(dataset)) return reply.notFound(unknownDatasetMessage(dataset));
      const lang = request.query.lang ?? 'en';
      const codes = await exampleCodes();
      reply.header('content-disposition', `attachment; filename="${templateFileName(dataset, format)}"`);
      if (format === 'csv') return reply.type(CSV_TEMPLATE_TYPE).send(Buffer.from(templateCsv(dataset, lang, codes), 'utf8'));
      return reply.type(XLSX_TEMPLATE_TYPE).send(await templateXlsx(dataset, lang, codes));
    });

  route('csv');
  route('xlsx');
};

export default routes;
