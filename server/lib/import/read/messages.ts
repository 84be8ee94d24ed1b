// What each read error and warning says to the person who sent the file, in Kyrgyz, Russian and English:
// what is wrong and what to do about it. `{{param}}` is filled from the problem's params.
import type { ReadError, ReadErrorCode, ReadProblem, ReadWarningCode } from './types.ts';

/** The interface languages (the same three as server/lib/import/types.ts's LANGS). */
export type MessageLang = 'ky' | 'ru' | 'en';
type Texts = Readonly<Record<MessageLang, string>>;

export type ReadCode = ReadErrorCode | ReadWarningCode;

/**
 * One text per code; a few codes have variants chosen by their params (`<code>.<detail>`, or
 * `<code>.feature` when the problem names a feature).
 */
export const READ_MESSAGES: Readonly<Record<ReadCode, Texts>> & Readonly<Record<string, Texts>> = {
  // --- errors: the file cannot be read at all -----------------------------------------------------------
  file_not_found: {
    en: 'File {{name}} was not found. Check the path and the file name.',
    ru: 'Файл {{name}} не найден. Проверьте путь и имя файла.',
    ky: '{{name}} файлы табылган жок. Жолун жана файлдын атын текшериңиз.',
  },
  empty_file: {
    en: '{{name}} is empty: it has no rows to import. Check that you chose the right file and that it was saved with its data.',
    ru: 'Файл {{name}} пуст: в нём нет строк для импорта. Проверьте, что выбран нужный файл и что он сохранён с данными.',
    ky: '{{name}} файлы бош: импорттоо үчүн бир да сап жок. Туура файл тандалганын жана ал маалыматтары менен сакталганын текшериңиз.',
  },
  unknown_format: {
    en: '{{name}} is not a file the import can read. Save it as CSV, Excel (.xlsx) or GeoJSON, or send a Shapefile as one .zip.',
    ru: 'Файл {{name}} не удаётся прочитать. Сохраните его как CSV, Excel (.xlsx) или GeoJSON, а Shapefile отправьте одним .zip-архивом.',
    ky: '{{name}} файлын окуу мүмкүн эмес. Аны CSV, Excel (.xlsx) же GeoJSON катары сактаңыз, ал эми Shapefile’ды бир .zip архиви менен жөнөтүңүз.',
  },
  no_header: {
    en: 'Row {{row}} should hold the column names, but it has only numbers. Put a header row with the column names (see the template) above the data.',
    ru: 'В строке {{row}} должны быть названия столбцов, а там только числа. Добавьте над данными строку с названиями столбцов (см. шаблон).',
    ky: '{{row}}-сапта мамычалардын аталыштары болушу керек, бирок анда сандар гана бар. Маалыматтардын үстүнө мамычалардын аталыштары жазылган сапты кошуңуз (үлгүнү караңыз).',
  },
  bad_csv: {
    en: 'Row {{row}} cannot be read as CSV ({{detail}}). Open the file in a spreadsheet program, check that row and save it again as CSV.',
    ru: 'Строку {{row}} не удаётся прочитать как CSV ({{detail}}). Откройте файл в табличном редакторе, проверьте эту строку и снова сохраните как CSV.',
    ky: '{{row}}-сапты CSV катары окуу мүмкүн эмес ({{detail}}). Файлды электрондук таблица программасында ачып, ошол сапты текшериңиз жана кайра CSV катары сактаңыз.',
  },
  'bad_csv.quote_not_closed': {
    en: 'A quote mark (") opened in row {{row}} is never closed, so the rest of the file would read as one cell. Close or remove that quote and save the file again.',
    ru: 'Кавычка ("), открытая в строке {{row}}, нигде не закрыта, и весь остаток файла читался бы как одна ячейка. Закройте или удалите эту кавычку и сохраните файл снова.',
    ky: '{{row}}-сапта ачылган тырмакча (") эч жерде жабылган эмес, ошондуктан файлдын калган бөлүгү бир уяча катары окулмак. Ал тырмакчаны жабыңыз же өчүрүңүз жана файлды кайра сактаңыз.',
  },
  bad_xlsx: {
    en: 'The Excel file cannot be opened ({{detail}}). Open it in Excel or LibreOffice and save it again as .xlsx.',
    ru: 'Файл Excel не открывается ({{detail}}). Откройте его в Excel или LibreOffice и снова сохраните как .xlsx.',
    ky: 'Excel файлы ачылбай жатат ({{detail}}). Аны Excel же LibreOffice’те ачып, кайра .xlsx катары сактаңыз.',
  },
  'bad_xlsx.xls': {
    en: 'This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV.',
    ru: 'Это книга старого формата Excel 97–2003 (.xls). Откройте её в Excel или LibreOffice и сохраните как .xlsx (Книга Excel) или как CSV.',
    ky: 'Бул эски Excel 97–2003 (.xls) форматындагы китеп. Аны Excel же LibreOffice’те ачып, .xlsx (Excel китеби) же CSV катары сактаңыз.',
  },
  sheet_not_found: {
    en: 'The workbook has no sheet named “{{sheet}}”. Its sheets are: {{sheets}}. Choose one of them.',
    ru: 'В книге нет листа «{{sheet}}». Листы в ней: {{sheets}}. Выберите один из них.',
    ky: 'Китепте «{{sheet}}» деген барак жок. Андагы барактар: {{sheets}}. Алардын бирин тандаңыз.',
  },
  bad_geojson: {
    en: 'The GeoJSON is not valid JSON at line {{line}}, column {{column}} ({{detail}}). Fix the file there (often a missing comma or bracket) or export it again from your GIS.',
    ru: 'GeoJSON не является корректным JSON: строка {{line}}, позиция {{column}} ({{detail}}). Исправьте файл в этом месте (чаще всего пропущена запятая или скобка) или экспортируйте его из ГИС заново.',
    ky: 'GeoJSON туура JSON эмес: {{line}}-сап, {{column}}-позиция ({{detail}}). Файлды ошол жерден оңдоңуз (көбүнчө үтүр же кашаа түшүп калат) же ГИСтен кайра экспорттоңуз.',
  },
  'bad_geojson.not_feature_collection': {
    en: 'The JSON file holds no GeoJSON features: it must be a FeatureCollection (or one Feature). Export the layer from your GIS as GeoJSON.',
    ru: 'В JSON-файле нет объектов GeoJSON: нужен FeatureCollection (или один Feature). Экспортируйте слой из ГИС в формате GeoJSON.',
    ky: 'JSON файлында GeoJSON объекттери жок: FeatureCollection (же бир Feature) болушу керек. Катмарды ГИСтен GeoJSON форматында экспорттоңуз.',
  },
  'bad_geojson.feature': {
    en: 'Feature {{feature}} is not a valid GeoJSON feature ({{detail}}). Check its type and coordinates, or export the layer again.',
    ru: 'Объект {{feature}} не является корректным объектом GeoJSON ({{detail}}). Проверьте его тип и координаты или экспортируйте слой заново.',
    ky: '{{feature}}-объект туура GeoJSON объекти эмес ({{detail}}). Анын түрүн жана координаттарын текшериңиз же катмарды кайра экспорттоңуз.',
  },
  not_a_zip: {
    en: 'The file is not a zip archive. Put the Shapefile’s parts (.shp, .shx, .dbf, .prj and .cpg) into one .zip and send that.',
    ru: 'Файл не является zip-архивом. Поместите все части Shapefile (.shp, .shx, .dbf, .prj и .cpg) в один .zip и отправьте его.',
    ky: 'Файл zip архиви эмес. Shapefile’дын бардык бөлүктөрүн (.shp, .shx, .dbf, .prj жана .cpg) бир .zip’ке салып, ошону жөнөтүңүз.',
  },
  'not_a_zip.empty': {
    en: 'The zip file is empty (0 bytes): the archive was not saved or not fully uploaded. Create the zip again and send it.',
    ru: 'Zip-файл пуст (0 байт): архив не был сохранён или загружен не полностью. Создайте архив заново и отправьте его.',
    ky: 'Zip файлы бош (0 байт): архив сакталган эмес же толук жүктөлгөн эмес. Архивди кайра түзүп, жөнөтүңүз.',
  },
  truncated_zip: {
    en: 'The zip archive is cut off or damaged (a download or copy did not finish). Create or download the zip again and send the whole file.',
    ru: 'Zip-архив обрезан или повреждён (скачивание или копирование не завершилось). Создайте или скачайте архив заново и отправьте файл целиком.',
    ky: 'Zip архиви кесилген же бузулган (жүктөп алуу же көчүрүү аягына чыккан эмес). Архивди кайра түзүп же жүктөп алып, файлды толугу менен жөнөтүңүз.',
  },
  shp_not_zipped: {
    en: '{{name}} is only one part of a Shapefile. Put it into one .zip together with the .shx, .dbf, .prj (and .cpg) files of the same name and send the zip.',
    ru: '{{name}} — только одна часть Shapefile. Поместите его в один .zip вместе с одноимёнными файлами .shx, .dbf, .prj (и .cpg) и отправьте архив.',
    ky: '{{name}} — Shapefile’дын бир гана бөлүгү. Аны ошол эле аттагы .shx, .dbf, .prj (жана .cpg) файлдары менен бирге бир .zip’ке салып, архивди жөнөтүңүз.',
  },
  no_shp_in_zip: {
    en: 'The zip {{name}} holds no .shp file. Add the Shapefile (the .shp with its .shx, .dbf and .prj) to the archive.',
    ru: 'В архиве {{name}} нет файла .shp. Добавьте в архив Shapefile (.shp вместе с .shx, .dbf и .prj).',
    ky: '{{name}} архивинде .shp файлы жок. Архивге Shapefile’ды (.shp файлын .shx, .dbf жана .prj менен кошо) кошуңуз.',
  },
  several_shp_in_zip: {
    en: 'The zip holds more than one layer ({{names}}). Import one layer at a time: one Shapefile per zip.',
    ru: 'В архиве больше одного слоя ({{names}}). Импортируйте слои по одному: один Shapefile в одном архиве.',
    ky: 'Архивде бирден ашык катмар бар ({{names}}). Катмарларды бир-бирден импорттоңуз: бир архивде бир Shapefile.',
  },
  missing_dbf: {
    en: 'The zip has no {{name}}, the Shapefile’s table of attributes. Add it to the archive (it is saved next to the .shp).',
    ru: 'В архиве нет файла {{name}} — таблицы атрибутов Shapefile. Добавьте его в архив (он сохраняется рядом с .shp).',
    ky: 'Архивде {{name}} файлы — Shapefile’дын атрибуттар таблицасы жок. Аны архивге кошуңуз (ал .shp файлынын жанында сакталат).',
  },
  no_prj: {
    en: 'The zip has no {{name}}, so the coordinates cannot be placed on the map. Add the .prj file saved with the Shapefile, or export the layer again with its coordinate system.',
    ru: 'В архиве нет файла {{name}}, поэтому координаты нельзя привязать к карте. Добавьте файл .prj, сохранённый вместе с Shapefile, или экспортируйте слой заново с системой координат.',
    ky: 'Архивде {{name}} файлы жок, ошондуктан координаттарды картага байлоо мүмкүн эмес. Shapefile менен бирге сакталган .prj файлын кошуңуз же катмарды координаттар системасы менен кайра экспорттоңуз.',
  },
  unknown_crs: {
    en: 'The coordinate system “{{crs}}” is not one the import knows. Reproject the layer to WGS 84 (EPSG:4326), UTM 42N/43N (EPSG:32642/32643) or Pulkovo 1942 Gauss–Krüger and export it again.',
    ru: 'Система координат «{{crs}}» не поддерживается. Перепроецируйте слой в WGS 84 (EPSG:4326), UTM 42N/43N (EPSG:32642/32643) или Пулково 1942 Гаусса–Крюгера и экспортируйте его заново.',
    ky: '«{{crs}}» координаттар системасы колдоого алынбайт. Катмарды WGS 84 (EPSG:4326), UTM 42N/43N (EPSG:32642/32643) же Пулково 1942 Гаусс–Крюгер системасына кайра проекциялап, кайра экспорттоңуз.',
  },
  bad_coordinates: {
    en: 'The coordinates of feature {{feature}} cannot be converted from {{crs}}: they lie outside that system’s area. Check that the layer’s coordinate system (.prj or crs) is the right one.',
    ru: 'Координаты объекта {{feature}} нельзя пересчитать из {{crs}}: они лежат вне области этой системы. Проверьте, что система координат слоя (.prj или crs) указана верно.',
    ky: '{{feature}}-объекттин координаттарын {{crs}} системасынан которуу мүмкүн эмес: алар ал системанын аймагынан тышкары жатат. Катмардын координаттар системасы (.prj же crs) туура көрсөтүлгөнүн текшериңиз.',
  },
  bad_shapefile: {
    en: '{{name}} cannot be read ({{detail}}). Export the layer again from your GIS as a Shapefile and zip it.',
    ru: 'Не удаётся прочитать {{name}} ({{detail}}). Экспортируйте слой из ГИС заново как Shapefile и упакуйте в zip.',
    ky: '{{name}} окулбай жатат ({{detail}}). Катмарды ГИСтен кайра Shapefile катары экспорттоп, zip’ке салыңыз.',
  },

  // --- warnings: read, but the person should know --------------------------------------------------------
  reprojected: {
    en: 'Coordinates were converted from {{from}} to WGS 84 longitude/latitude.',
    ru: 'Координаты пересчитаны из {{from}} в долготу/широту WGS 84.',
    ky: 'Координаттар {{from}} системасынан WGS 84 узундук/кеңдикке которулду.',
  },
  assumed_wgs84: {
    en: 'There is no {{name}}; the coordinates look like degrees, so they were read as WGS 84 longitude/latitude. If they are not, add the .prj.',
    ru: 'Файла {{name}} нет; координаты похожи на градусы, поэтому прочитаны как долгота/широта WGS 84. Если это не так, добавьте .prj.',
    ky: '{{name}} файлы жок; координаттар градуска окшош, ошондуктан WGS 84 узундук/кеңдик катары окулду. Андай болбосо, .prj файлын кошуңуз.',
  },
  encoding_assumed: {
    en: 'The attribute table does not say its encoding (no .cpg); its text was read as {{encoding}}. If names look garbled, add a .cpg file with the right code page.',
    ru: 'Таблица атрибутов не указывает кодировку (нет .cpg); текст прочитан как {{encoding}}. Если названия искажены, добавьте файл .cpg с нужной кодовой страницей.',
    ky: 'Атрибуттар таблицасы коддоосун көрсөтпөйт (.cpg жок); текст {{encoding}} катары окулду. Аталыштар бузулуп көрүнсө, туура код барагы жазылган .cpg файлын кошуңуз.',
  },
  duplicate_column: {
    en: 'The column name “{{column}}” appears more than once; column {{position}} was read as “{{name}}”. Give each column its own name.',
    ru: 'Название столбца «{{column}}» встречается больше одного раза; столбец {{position}} прочитан как «{{name}}». Дайте каждому столбцу своё название.',
    ky: '«{{column}}» деген мамычанын аталышы бир нече жолу кездешет; {{position}}-мамыча «{{name}}» катары окулду. Ар бир мамычага өзүнчө ат бериңиз.',
  },
  blank_column: {
    en: 'Column {{position}} has no name in the header row; it was read as “{{name}}”. Name it, or delete it if it is not needed.',
    ru: 'У столбца {{position}} нет названия в строке заголовков; он прочитан как «{{name}}». Дайте ему название или удалите, если он не нужен.',
    ky: '{{position}}-мамычанын аталыштар сабында аты жок; ал «{{name}}» катары окулду. Ага ат бериңиз же керек болбосо өчүрүңүз.',
  },
  empty_rows_skipped: {
    en: 'Empty rows between the data were skipped: {{count}}.',
    ru: 'Пропущены пустые строки между данными: {{count}}.',
    ky: 'Маалыматтардын арасындагы бош саптар өткөрүлүп жиберилди: {{count}}.',
  },
  title_rows_skipped: {
    en: 'Rows {{rows}} above the column names look like a title and were skipped; the column names were read from row {{header}}.',
    ru: 'Строки {{rows}} над названиями столбцов похожи на заголовок таблицы и пропущены; названия столбцов взяты из строки {{header}}.',
    ky: 'Мамычалардын аталыштарынын үстүндөгү {{rows}}-саптар таблицанын аталышына окшош, ошондуктан өткөрүлүп жиберилди; мамычалардын аталыштары {{header}}-саптан алынды.',
  },
  sheet_other_sheets: {
    en: 'Only the sheet “{{sheet}}” was read; the workbook also has: {{others}}. Choose another sheet to import one of those.',
    ru: 'Прочитан только лист «{{sheet}}»; в книге есть также: {{others}}. Чтобы импортировать другой лист, выберите его.',
    ky: '«{{sheet}}» барагы гана окулду; китепте дагы булар бар: {{others}}. Башка баракты импорттоо үчүн аны тандаңыз.',
  },
};

/** The template a problem uses: a variant for its detail or feature when there is one. */
export function messageKey(code: ReadCode, params: Readonly<Record<string, string | number>> = {}): string {
  const detail = params.detail;
  if (typeof detail === 'string' && READ_MESSAGES[`${code}.${detail}`]) return `${code}.${detail}`;
  if (params.feature !== undefined && READ_MESSAGES[`${code}.feature`]) return `${code}.feature`;
  return code;
}

/** A message template with its {{params}} filled in; a missing one stays visible as "?". One for the readers and the core. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (params[name] !== undefined ? String(params[name]) : '?'));
}

/** The sentence for a read error or warning in `lang`, its {{params}} filled in. */
export function readMessage(code: ReadCode, params: Readonly<Record<string, string | number>> = {}, lang: MessageLang = 'en'): string {
  const texts = READ_MESSAGES[messageKey(code, params)] ?? READ_MESSAGES[code];
  if (!texts) return code;
  return fill(texts[lang], params);
}

/** The sentence for a ReadError or a ReadProblem. */
export function describeRead(problem: ReadError | ReadProblem, lang: MessageLang = 'en'): string {
  return readMessage(problem.code, problem.params ?? {}, lang);
}
