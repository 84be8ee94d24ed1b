// The import templates (issue 6, item 5): for each dataset, a file with its columns and one example row that a
// clerk fills in and sends back (POST /api/import/:dataset or npm run import).
//
// What goes where, and why:
// - Headers are the columns' labels in the chosen language ("Выручка, сом"), not the field names (revenue_kgs): the
//   person filling the file reads them, and the importer takes the label of any language as well as the name.
// - The .xlsx is the template to recommend: Excel opens it the same way in every locale, keeps codes and months as
//   text, and its second sheet describes every column in Kyrgyz, Russian and English (the importer reads the
//   first sheet only and says so in a warning).
// - The CSV is for people and programs that produce CSV. It has the header and the example row and nothing else:
//   description lines would be rows to the importer (it skips at most a few title lines above the header, with a
//   warning, and a dataset has up to 17 columns), and a person deleting them by hand is one more chance to break the
//   file. Its language decides its form as Excel in that locale writes CSV: Kyrgyz and Russian Windows use ';' with
//   a decimal comma (a ',' file opens there as one column), English ','. UTF-8 with a BOM so Excel reads Cyrillic.
// - The example row uses the words the atlas shows for list values ("Сель", "Ярмарки") and the language's yes/no,
//   all of which the importer accepts.
import { stringify } from 'csv-stringify/sync';
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { DATASETS } from '../../lib/import/datasets/index.ts';
import { type DatasetDef, type DatasetName, type FieldDef, type FieldType, type Lang, type Texts } from '../../lib/import/types.ts';
import { describeVocab, VOCABULARIES } from '../../lib/import/vocab.ts';

export const TEMPLATE_FORMATS = ['csv', 'xlsx'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export const CSV_TEMPLATE_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TEMPLATE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const templateFileName = (dataset: DatasetName, format: TemplateFormat): string => `resiland-template-${dataset}.${format}`;

/**
 * The columns a template has: every field but the point geometry, which a table gives as its lon/lat columns
 * (a GeoJSON or Shapefile carries it as the feature's geometry instead).
 */
export const templateFields = (def: DatasetDef): FieldDef[] => def.fields.filter((f) => f.type !== 'point');

/** A template column is needed when the field is, except where the importer can fill it (see headers.ts). */
export function fieldRequired(def: DatasetDef, f: FieldDef): boolean {
  if (f.type === 'lon' || f.type === 'lat') {
    const point = def.fields.find((p) => p.type === 'point');
    return Boolean(point?.required) && point?.derive !== 'point_on_zone';
  }
  return Boolean(f.required) && f.default === undefined && f.derive !== 'oblast';
}

const t = (ky: string, ru: string, en: string): Texts => ({ ky, ru, en });

const YES_NO: Record<Lang, [string, string]> = { ky: ['ооба', 'жок'], ru: ['да', 'нет'], en: ['yes', 'no'] };

/** What a cell of each type holds, as the descriptions sheet and the import screen say it. */
const FORMATS: Record<FieldType, Texts> = {
  code: t('код: латын тамгалары, сандар жана «-»', 'код: латинские буквы, цифры и «-»', 'code: Latin letters, digits and "-"'),
  source: t('булактын идентификатору', 'идентификатор источника', 'source id'),
  text: t('текст', 'текст', 'text'),
  integer: t('бүтүн сан', 'целое число', 'whole number'),
  decimal: t('сан (үтүр же чекит менен)', 'число (с запятой или точкой)', 'number (decimal point or comma)'),
  date: t('күн: 2024-05-20 же 20.05.2024', 'дата: 2024-05-20 или 20.05.2024', 'date: 2024-05-20 or 20.05.2024'),
  month: t('ай: 2024-03 же 03.2024', 'месяц: 2024-03 или 03.2024', 'month: 2024-03 or 03.2024'),
  year: t('жыл: 2024', 'год: 2024', 'year: 2024'),
  boolean: t('ооба / жок', 'да / нет', 'yes / no'),
  enum: t('тизмеден', 'из списка', 'from the list'),
  point: t('чекит', 'точка', 'point'),
  multipolygon: t('полигон: WKT же GeoJSON тексти', 'полигон: текст WKT или GeoJSON', 'polygon: WKT or GeoJSON text'),
  lon: t('узундук, градус (69…81)', 'долгота, градусы (69…81)', 'longitude, degrees (69…81)'),
  lat: t('кеңдик, градус (39…44)', 'широта, градусы (39…44)', 'latitude, degrees (39…44)'),
};

export const formatText = (f: FieldDef, lang: Lang): string => FORMATS[f.type][lang];

/** The accepted words of a list field ("сель (mudflow), паводок (flood), …"); null for other fields. */
export const acceptedValues = (f: FieldDef, lang: Lang): string | null => (f.type === 'enum' && f.vocab ? describeVocab(f.vocab, lang) : null);

/** Codes that exist in the database, by dataset: an example that refers to another dataset names one of these. */
export type ExampleCodes = Partial<Record<DatasetName, string | null>>;

/**
 * The example of a field as a person of that language writes it: list values as the atlas names them, and a
 * reference to another dataset as a code that exists (when one does), so the template passes its own dry run.
 */
export function exampleValue(f: FieldDef, lang: Lang, codes: ExampleCodes = {}): string | number | boolean | null {
  const existing = f.references?.dataset ? codes[f.references.dataset] : null;
  if (existing) return existing;
  const example = f.example;
  if (example === null) return null;
  if (f.type === 'enum' && f.vocab && typeof example === 'string') {
    const entry = VOCABULARIES[f.vocab]?.find((e) => e.code === example);
    return entry?.words[lang][0] ?? example;
  }
  return example;
}

/** A cell of the CSV: numbers with the decimal mark of the file, yes/no in its language. */
function csvCell(value: string | number | boolean | null, lang: Lang, decimal: '.' | ','): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (typeof value === 'number') return decimal === ',' ? String(value).replace('.', ',') : String(value);
  return value;
}

/** Separator and decimal mark as Excel in that language's locale writes a CSV. */
export const csvConventions = (lang: Lang): { delimiter: ',' | ';'; decimal: '.' | ',' } =>
  lang === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' };

export function templateCsv(dataset: DatasetName, lang: Lang, codes: ExampleCodes = {}): string {
  const def = DATASETS[dataset];
  const fields = templateFields(def);
  const { delimiter, decimal } = csvConventions(lang);
  return stringify([fields.map((f) => f.label[lang]), fields.map((f) => csvCell(exampleValue(f, lang, codes), lang, decimal))], {
    bom: true,
    delimiter,
    record_delimiter: 'windows',
  });
}

const SHEET_TEXT = {
  sheet: t('Түшүндүрмө', 'Описание', 'Description'),
  column: t('Мамыча', 'Столбец', 'Column'),
  name: t('Талаанын аты', 'Имя поля', 'Field name'),
  required: t('Милдеттүү', 'Обязательный', 'Required'),
  format: t('Формат', 'Формат', 'Format'),
  values: t('Кабыл алынган маанилер', 'Допустимые значения', 'Accepted values'),
  example: t('Мисал', 'Пример', 'Example'),
  description: t('Түшүндүрмө', 'Описание', 'Description'),
  intro: t(
    '«{{sheet}}» барагын толтуруңуз: ар бир сап бир жазуу. Мисал сапты өзүңүздүн маалыматтарыңыз менен алмаштырыңыз. Мамычаларды кыргызча, орусча же англисче аталыштар менен атаса болот.',
    'Заполните лист «{{sheet}}»: одна строка — одна запись. Замените строку-пример своими данными. Столбцы можно называть по-кыргызски, по-русски или по-английски.',
    'Fill in the sheet "{{sheet}}": one row per record. Replace the example row with your data. Columns may be headed in Kyrgyz, Russian or English.',
  ),
} as const satisfies Record<string, Texts>;

const LANGUAGE_NAMES: Record<Lang, Texts> = {
  ky: t('кыргызча', 'по-кыргызски', 'Kyrgyz'),
  ru: t('орусча', 'по-русски', 'Russian'),
  en: t('англисче', 'по-английски', 'English'),
};

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' });

/** An .xlsx: the dataset's sheet (header and example row), then the descriptions in Kyrgyz, Russian and English. */
export async function templateXlsx(dataset: DatasetName, lang: Lang, codes: ExampleCodes = {}): Promise<Buffer> {
  const def = DATASETS[dataset];
  const fields = templateFields(def);
  const dataRows: Row[] = [
    fields.map((f) => bold(f.label[lang])),
    fields.map((f): Cell => {
      const value = exampleValue(f, lang, codes);
      // Codes, months and dates stay text: Excel would turn "2024-03" into a date and "P-01" is no number anyway.
      return value === null ? null : typeof value === 'string' ? { value, type: String } : value;
    }),
  ];
  const descriptionLangs: Lang[] = [lang, ...(['ky', 'ru', 'en'] as const).filter((l) => l !== lang)];
  const headers = [
    SHEET_TEXT.column[lang],
    SHEET_TEXT.name[lang],
    SHEET_TEXT.required[lang],
    SHEET_TEXT.format[lang],
    SHEET_TEXT.values[lang],
    SHEET_TEXT.example[lang],
    ...descriptionLangs.map((l) => `${SHEET_TEXT.description[lang]} (${LANGUAGE_NAMES[l][lang]})`),
  ];
  const descriptionRows: Row[] = [
    [SHEET_TEXT.intro[lang].replace('{{sheet}}', dataset)],
    [],
    headers.map(bold),
    ...fields.map((f): Row => {
      const example = exampleValue(f, lang, codes);
      return [
        f.label[lang],
        f.name,
        YES_NO[lang][fieldRequired(def, f) ? 0 : 1],
        formatText(f, lang),
        acceptedValues(f, lang),
        example === null ? null : typeof example === 'boolean' ? YES_NO[lang][example ? 0 : 1] : String(example),
        ...descriptionLangs.map((l) => f.description[l]),
      ];
    }),
  ];
  return writeXlsxFile([
    {
      data: dataRows,
      // The importer reads the first sheet unless told otherwise: this one, named like the dataset.
      sheet: dataset,
      columns: fields.map((f) => ({ width: Math.min(Math.max(f.label[lang].length + 4, 12), 40) })),
      stickyRowsCount: 1,
    },
    {
      data: descriptionRows,
      sheet: SHEET_TEXT.sheet[lang],
      columns: [{ width: 28 }, { width: 22 }, { width: 12 }, { width: 28 }, { width: 40 }, { width: 24 }, { width: 70 }, { width: 50 }, { width: 50 }],
    },
  ]).toBuffer();
}

