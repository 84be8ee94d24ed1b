// Building blocks shared by the dataset definitions: the text helper, and the fields several datasets have
// (codes, names in three languages, the oblast/rayon of a place, its point, and each fact row's source).
import type { FieldDef, FieldType, Texts } from '../types.ts';

export const t = (ky: string, ru: string, en: string): Texts => ({ ky, ru, en });

/** The current year: the latest a sale, a training or a founding can be (a later one is a typing error). */
export const THIS_YEAR = new Date().getFullYear();

/** Kyrgyzstan is about 19.99 million ha: no single area in it can be larger. */
export const MAX_HECTARES = 20_000_000;
/** numeric(16, 2): the largest sum of som a column can hold. */
export const MAX_SOM = 99_999_999_999_999;

export function field(
  name: string,
  type: FieldType,
  label: Texts,
  description: Texts,
  example: FieldDef['example'],
  extra: Partial<FieldDef> = {},
): FieldDef {
  return { name, type, label, description, example, ...extra };
}

export const codeField = (description: Texts, example: string): FieldDef =>
  field('code', 'code', t('Коду', 'Код', 'Code'), description, example, { required: true, aliases: ['код', 'коду', 'id'] });

/** name_ky, name_ru, name_en: every name a person reads is in the three languages. */
export function nameFields(what: Texts, examples: [string, string, string]): FieldDef[] {
  const languages = [
    ['ky', t('кыргызча', 'по-кыргызски', 'Kyrgyz'), ['кыргызча', 'название кг', 'name kg']],
    ['ru', t('орусча', 'по-русски', 'Russian'), ['орусча', 'название', 'наименование', 'название ru']],
    ['en', t('англисче', 'по-английски', 'English'), ['name', 'name en', 'english name']],
  ] as const;
  return languages.map(([lang, language, aliases], i) =>
    field(
      `name_${lang}`,
      'text',
      t(`Аталышы (${language.ky})`, `Название (${language.ru})`, `Name (${language.en})`),
      t(
        `${what.ky}: аталышы ${language.ky}.`,
        `${what.ru}: название ${language.ru}.`,
        `${what.en}: its name in ${language.en}.`,
      ),
      examples[i]!,
      { required: true, aliases },
    ),
  );
}

/** The oblast (or city of republican status) a place lies in; found from the rayon or the point when left empty. */
export const oblastField = (example: string): FieldDef =>
  field(
    'oblast_code',
    'code',
    t('Облус', 'Область', 'Oblast'),
    t(
      'Облустун же республикалык шаардын коду (KG-J = Жалал-Абад, KG-O = Ош, KG-Y = Ысык-Көл, KG-N = Нарын…). Бош болсо, райондон же чекиттен аныкталат.',
      'Код области или города республиканского значения (KG-J = Джалал-Абад, KG-O = Ош, KG-Y = Иссык-Куль, KG-N = Нарын…). Если пусто, определяется по району или по точке.',
      'Code of the oblast or city of republican status (KG-J = Jalal-Abad, KG-O = Osh, KG-Y = Issyk-Kul, KG-N = Naryn…). When empty, found from the rayon or the point.',
    ),
    example,
    {
      required: true,
      derive: 'oblast',
      aliases: ['oblast', 'область', 'облус', 'region', 'oblast code', 'код области'],
      references: { table: 'admin_units', column: 'code', levels: ['oblast', 'city'] },
    },
  );

export const rayonField = (example: string | null): FieldDef =>
  field(
    'rayon_code',
    'code',
    t('Район', 'Район', 'Rayon'),
    t(
      'Райондун коду, атластын административдик бирдиктериндегидей (мисалы, KG-J-BAZAR-KORGON). Район ушул облуста болушу керек.',
      'Код района, как в административных единицах атласа (например, KG-J-BAZAR-KORGON). Район должен быть в указанной области.',
      "Code of the rayon as in the atlas's administrative units (e.g. KG-J-BAZAR-KORGON). It must lie in the oblast given.",
    ),
    example,
    {
      aliases: ['rayon', 'район', 'district', 'rayon code', 'код района'],
      references: { table: 'admin_units', column: 'code', levels: ['rayon'] },
    },
  );

/** A point: the feature's Point geometry (GeoJSON, Shapefile) or lon/lat columns (CSV, xlsx). */
export const pointFields = (what: Texts, lonLat: [number, number], extra: Partial<FieldDef> = {}): FieldDef[] => [
  field(
    'geom',
    'point',
    t('Чекит', 'Точка', 'Point'),
    t(
      `${what.ky}: чекит (GeoJSON же Shapefile объектинин геометриясы, же lon/lat мамычалары).`,
      `${what.ru}: точка (геометрия объекта GeoJSON или Shapefile, либо столбцы lon/lat).`,
      `${what.en}: a point (the GeoJSON or Shapefile feature's geometry, or the lon/lat columns).`,
    ),
    null,
    { required: true, ...extra },
  ),
  field(
    'lon',
    'lon',
    t('Узундук', 'Долгота', 'Longitude'),
    t(
      'Узундук, градус менен (WGS 84, чыгышка карай, 69,2–80,3). Үтүр же чекит менен жазса болот.',
      'Долгота в градусах (WGS 84, восточная, 69,2–80,3). Можно с запятой или точкой.',
      'Longitude in degrees (WGS 84, east, 69.2–80.3). A decimal comma or point.',
    ),
    lonLat[0],
    { aliases: ['lon', 'lng', 'long', 'longitude', 'x', 'долгота', 'узундук'] },
  ),
  field(
    'lat',
    'lat',
    t('Кеңдик', 'Широта', 'Latitude'),
    t(
      'Кеңдик, градус менен (WGS 84, түндүккө карай, 39,1–43,3).',
      'Широта в градусах (WGS 84, северная, 39,1–43,3).',
      'Latitude in degrees (WGS 84, north, 39.1–43.3).',
    ),
    lonLat[1],
    { aliases: ['lat', 'latitude', 'y', 'широта', 'кеңдик'] },
  ),
];

/** Every fact row names its source and says whether it is sample data (DESIGN.md "Data model"). */
export const FACT_FIELDS: readonly FieldDef[] = [
  field(
    'source_id',
    'source',
    t('Булак', 'Источник', 'Source'),
    t(
      'Маалымат булагынын коду (атластын булактар тизмесинен). Бош болсо, импорттун булагы колдонулат.',
      'Код источника данных (из списка источников атласа). Если пусто, берётся источник импорта.',
      "Code of the data's source (from the atlas's list of sources). When empty, the import's source is used.",
    ),
    null,
    { aliases: ['source', 'источник', 'булак'], references: { table: 'sources', column: 'id' } },
  ),
  field(
    'is_sample',
    'boolean',
    t('Үлгү маалыматпы', 'Пример данных', 'Sample data'),
    t(
      'Бул саптар чыныгы эмес, үлгү маалыматпы: ооба/жок. Бош = жок.',
      'Это пример, а не реальные данные: да/нет. Пусто = нет.',
      'Whether these rows are sample rather than real data: yes/no. Empty = no.',
    ),
    false,
    { default: false, aliases: ['sample', 'пример', 'үлгү'] },
  ),
];
