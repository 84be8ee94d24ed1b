// What the import says about a problem, in Kyrgyz, Russian and English: a message that says what is wrong and
// what to do, and (for a value) what was expected. {{name}} placeholders take the problem's params.
// The readers' own problems (a damaged zip, an unknown projection…) are worded in ./read/messages.ts.
import { fill, readMessage, type ReadCode } from './read/messages.ts';
import type { Lang, Texts } from './types.ts';

interface Template {
  message: Texts;
  expected?: Texts;
}

const t = (ky: string, ru: string, en: string): Texts => ({ ky, ru, en });

export const MESSAGES: Readonly<Record<string, Template>> = {
  // The whole file
  missing_column: {
    message: t(
      '«{{label}}» мамычасы жок. Аны кошуңуз (аталышы: {{accepted}}).',
      'Нет столбца «{{label}}». Добавьте его (название: {{accepted}}).',
      'The column "{{label}}" is missing. Add it (headed {{accepted}}).',
    ),
  },
  duplicate_column: {
    message: t(
      '{{columns}} мамычалары бир эле нерсени («{{label}}») билдирет. Бирөөнү өчүрүңүз же атын өзгөртүңүз.',
      'Столбцы {{columns}} означают одно и то же («{{label}}»). Удалите или переименуйте один из них.',
      'The columns {{columns}} mean the same thing ("{{label}}"). Delete or rename one of them.',
    ),
  },
  lonlat_incomplete: {
    message: t(
      '«{{present}}» мамычасы бар, бирок «{{absent}}» жок. Чекит үчүн экөө тең керек.',
      'Есть столбец «{{present}}», но нет «{{absent}}». Для точки нужны оба.',
      'There is a "{{present}}" column but no "{{absent}}". A point needs both.',
    ),
  },
  unknown_column: {
    message: t(
      '«{{column}}» мамычасы бул маалымат топтомуна кирбейт жана эске алынбайт. Туура болсо, аны калтырсаңыз болот.',
      'Столбец «{{column}}» не относится к этому набору данных и будет пропущен. Если так и задумано, ничего делать не нужно.',
      'The column "{{column}}" is not part of this dataset and is ignored. If that is intended, nothing to do.',
    ),
  },
  too_many_rows: {
    message: t(
      'Файлда {{max}} саптан ашык бар: бир жүктөөгө мындан көп болбойт. Файлды бир нечеге бөлүңүз (сатуу үчүн, мисалы, жыл боюнча) же аны буйрук сабынан импорттоңуз (npm run import).',
      'В файле больше {{max}} строк: больше за одну загрузку нельзя. Разделите файл на несколько (продажи, например, по годам) или импортируйте его из командной строки (npm run import).',
      'The file has more than {{max}} rows, the most one upload may hold. Split it into smaller files (sales by year, say), or import it from the command line (npm run import).',
    ),
  },
  no_rows: {
    message: t(
      'Файлда маалымат саптары жок (аталыштардан башка). Саптарды толтуруп, кайра жүктөңүз.',
      'В файле нет строк с данными (только заголовки). Заполните строки и загрузите снова.',
      'The file has no data rows (only headers). Fill in the rows and import it again.',
    ),
  },
  replace_referenced: {
    message: t(
      '--replace «{{dataset}}» ичинен {{count}} сапты өчүрмөк ({{keys}}), бирок «{{other}}» аларга шилтеме берет. Алгач «{{other}}» маалыматын алмаштырыңыз же бул саптарды файлга кошуңуз.',
      '--replace удалил бы {{count}} строк из «{{dataset}}» ({{keys}}), но на них ссылается «{{other}}». Сначала замените «{{other}}» или оставьте эти строки в файле.',
      '--replace would delete {{count}} rows of "{{dataset}}" ({{keys}}) that "{{other}}" still refers to. Replace "{{other}}" first, or keep these rows in the file.',
    ),
  },
  database_error: {
    message: t(
      'Маалымат базасы саптарды кабыл алган жок: {{detail}}. Эч нерсе жазылган жок; файлды оңдоп, кайра аракет кылыңыз.',
      'База данных не приняла строки: {{detail}}. Ничего не записано; исправьте файл и попробуйте снова.',
      'The database refused the rows: {{detail}}. Nothing was written; correct the file and try again.',
    ),
  },
  no_country_outline: {
    message: t(
      'Атласта Кыргызстандын чек арасы жок, ошондуктан координаттар тик бурчтук (69,2–80,3° ч. у., 39,1–43,3° т. к.) боюнча гана текшерилди.',
      'В атласе нет границы Кыргызстана, поэтому координаты проверены только по прямоугольнику (69,2–80,3° в. д., 39,1–43,3° с. ш.).',
      "The atlas has no outline of Kyrgyzstan, so coordinates were only checked against its bounding box (69.2–80.3° E, 39.1–43.3° N).",
    ),
  },
  // A value
  required: {
    message: t('Бул уяча толтурулушу керек.', 'Эта ячейка обязательна.', 'This cell must be filled in.'),
    expected: t('маани', 'значение', 'a value'),
  },
  not_a_number: {
    message: t(
      'Бул сан эмес. Санды гана жазыңыз (бөлчөк бөлүгү {{decimal}} менен), бирдиксиз.',
      'Это не число. Укажите только число (дробная часть через «{{decimal}}»), без единиц.',
      'This is not a number. Write the number only (decimal "{{decimal}}"), without units.',
    ),
    expected: t('сан, мисалы {{example}}', 'число, например {{example}}', 'a number, e.g. {{example}}'),
  },
  not_an_integer: {
    message: t('Бул жерде бүтүн сан керек.', 'Здесь нужно целое число.', 'A whole number is needed here.'),
    expected: t('бүтүн сан', 'целое число', 'a whole number'),
  },
  negative: {
    message: t('Терс маани болушу мүмкүн эмес.', 'Значение не может быть отрицательным.', 'The value cannot be negative.'),
    expected: t('0 же андан көп', '0 или больше', '0 or more'),
  },
  too_small: {
    message: t('Маани өтө кичине.', 'Значение слишком мало.', 'The value is too small.'),
    expected: t('{{min}} же андан көп', 'не меньше {{min}}', 'at least {{min}}'),
  },
  not_positive: {
    message: t('Маани {{min}} дөн чоң болушу керек.', 'Значение должно быть больше {{min}}.', 'The value must be greater than {{min}}.'),
    expected: t('{{min}} дөн чоң', 'больше {{min}}', 'more than {{min}}'),
  },
  too_large: {
    message: t('Маани өтө чоң; жазууда ката жокпу, текшериңиз.', 'Значение слишком велико; проверьте, нет ли опечатки.', 'The value is too large; check for a typing error.'),
    expected: t('{{max}} же андан аз', 'не больше {{max}}', 'at most {{max}}'),
  },
  not_a_date: {
    message: t('Бул күн эмес же мындай күн жок.', 'Это не дата или такой даты нет.', 'This is not a date, or no such date exists.'),
    expected: t('2024-05-20 же 20.05.2024', '2024-05-20 или 20.05.2024', '2024-05-20 or 20.05.2024'),
  },
  not_a_month: {
    message: t('Бул ай эмес (ай 01ден 12ге чейин).', 'Это не месяц (месяц от 01 до 12).', 'This is not a month (months run 01 to 12).'),
    expected: t('2024-03 же 03.2024', '2024-03 или 03.2024', '2024-03 or 03.2024'),
  },
  month_day: {
    message: t(
      'Ай боюнча сатуу үчүн күн эмес, ай керек ({{day}}-күн берилген). Айды жазыңыз, мисалы {{month}}.',
      'Для продаж за месяц нужен месяц, а не дата (указано {{day}}-е число). Укажите месяц, например {{month}}.',
      'Monthly sales need a month, not a day (day {{day}} was given). Write the month, e.g. {{month}}.',
    ),
    expected: t('{{month}}', '{{month}}', '{{month}}'),
  },
  year_out_of_range: {
    message: t('Жыл {{min}}–{{max}} аралыгында болушу керек.', 'Год должен быть в пределах {{min}}–{{max}}.', 'The year must be within {{min}}–{{max}}.'),
    expected: t('{{min}}–{{max}} жылдар', '{{min}}–{{max}} годы', 'years {{min}}–{{max}}'),
  },
  not_a_year: {
    message: t('Бул жыл эмес.', 'Это не год.', 'This is not a year.'),
    expected: t('жыл, мисалы 2024', 'год, например 2024', 'a year, e.g. 2024'),
  },
  not_a_boolean: {
    message: t('Ооба же жок деп жазыңыз.', 'Укажите да или нет.', 'Write yes or no.'),
    expected: t('ооба / жок', 'да / нет', 'yes / no'),
  },
  bad_code: {
    message: t(
      'Коддо латын тамгалары, сандар жана «-» гана болот{{hint}}.',
      'Код может содержать только латинские буквы, цифры и «-»{{hint}}.',
      'A code may hold only Latin letters, digits and "-"{{hint}}.',
    ),
    expected: t('мисалы {{example}}', 'например {{example}}', 'e.g. {{example}}'),
  },
  bad_source: {
    message: t(
      'Булактын кодунда кичине латын тамгалары, сандар, «_» жана «-» гана болот.',
      'Код источника: только строчные латинские буквы, цифры, «_» и «-».',
      'A source code holds only lower-case Latin letters, digits, "_" and "-".',
    ),
    expected: t('мисалы sample-programme', 'например sample-programme', 'e.g. sample-programme'),
  },
  not_in_list: {
    message: t(
      'Бул маани тизмеде жок. Тизмедеги сөздөрдүн бирин кыргызча, орусча же англисче жазыңыз, же кодун.',
      'Такого значения нет в списке. Укажите одно из значений списка по-кыргызски, по-русски или по-английски, либо код.',
      'This value is not in the list. Write one of the listed values in Kyrgyz, Russian or English, or its code.',
    ),
    expected: t('{{allowed}}', '{{allowed}}', '{{allowed}}'),
  },
  row_too_long: {
    message: t(
      'Сапта аталышы жок мамычаларда маанилер бар ({{extra}}). Бөлүүчү белгини же тырмакчаларды текшериңиз.',
      'В строке есть значения за последним столбцом с заголовком ({{extra}}). Проверьте разделитель и кавычки.',
      'The row has values beyond the last headed column ({{extra}}). Check the separator and quotes.',
    ),
  },
  row_too_short: {
    message: t(
      'Сап эрте бүттү: {{missing}} мамычалары үчүн уяча жок; алар бош деп эсептелди.',
      'Строка закончилась раньше: нет ячеек для {{missing}}; они считаются пустыми.',
      'The row ends early: no cells for {{missing}}; they are taken as empty.',
    ),
  },
  duplicate_key: {
    message: t(
      'Бул ачкыч ({{key}}) файлда {{first}}-сапта мурда эле бар. Саптардын бирин өчүрүңүз же бириктириңиз.',
      'Этот ключ ({{key}}) уже встречался в файле в строке {{first}}. Удалите или объедините одну из строк.',
      'This key ({{key}}) already appears in the file at row {{first}}. Delete or merge one of the rows.',
    ),
    expected: t('бир ачкычка бир сап', 'одна строка на ключ', 'one row per key'),
  },
  at_most: {
    message: t(
      '«{{field}}» ({{value}}) «{{limit}}» ({{limitValue}}) дөн ашпашы керек.',
      '«{{field}}» ({{value}}) не может быть больше, чем «{{limit}}» ({{limitValue}}).',
      '"{{field}}" ({{value}}) cannot be more than "{{limit}}" ({{limitValue}}).',
    ),
    expected: t('{{limitValue}} же андан аз', 'не больше {{limitValue}}', 'at most {{limitValue}}'),
  },
  not_before: {
    message: t(
      'Бүтүү күнү башталышынан ({{start}}) мурун болушу мүмкүн эмес.',
      'Дата окончания не может быть раньше начала ({{start}}).',
      'The end date cannot be before the start ({{start}}).',
    ),
    expected: t('{{start}} же кийин', '{{start}} или позже', '{{start}} or later'),
  },
  // Places and geometry
  outside_kyrgyzstan: {
    message: t(
      'Бул координаттар Кыргызстандын сыртында. Узундук (lon) жана кеңдик (lat) градус менен (WGS 84) жазылганын текшериңиз.',
      'Эти координаты вне Кыргызстана. Проверьте, что долгота (lon) и широта (lat) указаны в градусах (WGS 84).',
      'These coordinates are outside Kyrgyzstan. Check that longitude (lon) and latitude (lat) are in degrees (WGS 84).',
    ),
    expected: t('Кыргызстандын ичинде', 'внутри Кыргызстана', 'inside Kyrgyzstan'),
  },
  coordinates_swapped: {
    message: t(
      'Бул координаттар Кыргызстандын сыртында, бирок орундары алмашса, ичинде болмок: узундук менен кеңдик алмашып калган окшойт.',
      'Эти координаты вне Кыргызстана, но с переставленными местами были бы внутри: похоже, долгота и широта перепутаны.',
      'These coordinates are outside Kyrgyzstan but would be inside if swapped: longitude and latitude look swapped.',
    ),
    expected: t('lon 69,2–80,3, lat 39,1–43,3', 'lon 69,2–80,3, lat 39,1–43,3', 'lon 69.2–80.3, lat 39.1–43.3'),
  },
  geometry_missing: {
    message: t(
      'Геометрия жок. Объектке геометрия бериңиз (же lon/lat мамычаларын толтуруңуз).',
      'Нет геометрии. Задайте геометрию объекта (или заполните столбцы lon/lat).',
      'No geometry. Give the feature a geometry (or fill in the lon/lat columns).',
    ),
    expected: t('{{expected}}', '{{expected}}', '{{expected}}'),
  },
  geometry_wrong_type: {
    message: t(
      'Геометриянын түрү туура эмес ({{found}}); бул маалымат топтому {{expected}} күтөт.',
      'Неверный тип геометрии ({{found}}); этот набор данных ожидает {{expected}}.',
      'Wrong geometry type ({{found}}); this dataset expects {{expected}}.',
    ),
    expected: t('{{expected}}', '{{expected}}', '{{expected}}'),
  },
  geometry_unreadable: {
    message: t(
      'Геометрияны окуу мүмкүн эмес ({{detail}}). WKT (POLYGON((…))) же GeoJSON текстин колдонуңуз.',
      'Не удаётся прочитать геометрию ({{detail}}). Используйте WKT (POLYGON((…))) или текст GeoJSON.',
      'The geometry cannot be read ({{detail}}). Use WKT (POLYGON((…))) or GeoJSON text.',
    ),
    expected: t('WKT же GeoJSON', 'WKT или GeoJSON', 'WKT or GeoJSON'),
  },
  geometry_repaired: {
    message: t(
      'Геометрия туура эмес болчу ({{reason}}) жана автоматтык түрдө оңдолду (ST_MakeValid). Натыйжаны картадан текшериңиз.',
      'Геометрия была некорректной ({{reason}}) и исправлена автоматически (ST_MakeValid). Проверьте результат на карте.',
      'The geometry was invalid ({{reason}}) and was repaired (ST_MakeValid). Check the result on the map.',
    ),
  },
  geometry_empty_after_repair: {
    message: t(
      'Геометрия туура эмес ({{reason}}) жана оңдогондон кийин андан аянт калган жок. Полигонду кайра тартыңыз.',
      'Геометрия некорректна ({{reason}}), и после исправления от неё не осталось площади. Перерисуйте полигон.',
      'The geometry is invalid ({{reason}}) and nothing with an area is left after repair. Redraw the polygon.',
    ),
  },
  zone_required_for_new: {
    message: t(
      'Жаңы участок үчүн коркунуч зонасы (полигон) керек. Аны GeoJSON/Shapefile геометриясы же «zone» мамычасы (WKT) менен бериңиз.',
      'Для нового участка нужна зона опасности (полигон). Задайте её геометрией GeoJSON/Shapefile или столбцом «zone» (WKT).',
      'A new site needs its hazard zone (a polygon). Give it as the GeoJSON/Shapefile geometry or in a "zone" column (WKT).',
    ),
    expected: t('полигон', 'полигон', 'a polygon'),
  },
  point_from_zone: {
    message: t(
      'Участоктун чекити берилген эмес; зонанын ичиндеги чекит алынды. Так чекит болсо, lon/lat мамычаларын кошуңуз.',
      'Точка участка не задана; взята точка внутри зоны. Если точка известна, добавьте столбцы lon/lat.',
      "The site's point was not given; a point inside its zone was used. If you know the point, add lon/lat columns.",
    ),
  },
  // References
  reference_missing: {
    message: t(
      '«{{value}}» коду {{target}} ичинде жок. Кодду текшериңиз же алгач аны импорттоңуз.',
      'Кода «{{value}}» нет среди: {{target}}. Проверьте код или сначала импортируйте его.',
      'There is no "{{value}}" among {{target}}. Check the code, or import it first.',
    ),
    expected: t('{{target}} ичиндеги код', 'код из: {{target}}', 'a code of {{target}}'),
  },
  wrong_admin_level: {
    message: t(
      '«{{value}}» бар, бирок ал {{found}}, ал эми бул жерде {{expected}} керек.',
      '«{{value}}» существует, но это {{found}}, а здесь нужен уровень: {{expected}}.',
      '"{{value}}" exists but is a {{found}}; a {{expected}} is needed here.',
    ),
    expected: t('{{expected}}', '{{expected}}', '{{expected}}'),
  },
  rayon_not_in_oblast: {
    message: t(
      '{{rayon}} району {{oblast}} облусунда эмес ({{parent}} облусунда). Облусту же районду оңдоңуз.',
      'Район {{rayon}} не входит в область {{oblast}} (он в {{parent}}). Исправьте область или район.',
      'Rayon {{rayon}} is not in oblast {{oblast}} (it is in {{parent}}). Correct the oblast or the rayon.',
    ),
    expected: t('{{parent}}', '{{parent}}', '{{parent}}'),
  },
  oblast_not_found: {
    message: t(
      'Облус берилген эмес жана аны райондон же чекиттен табуу мүмкүн болгон жок. Облустун кодун жазыңыз.',
      'Область не указана, и её не удалось определить ни по району, ни по точке. Укажите код области.',
      'No oblast was given and none could be found from the rayon or the point. Write the oblast code.',
    ),
    expected: t('облустун коду (KG-J…)', 'код области (KG-J…)', 'an oblast code (KG-J…)'),
  },
};

/** Names of admin levels and geometry kinds as the messages use them. */
export const WORDS: Readonly<Record<string, Texts>> = {
  country: t('өлкө', 'страна', 'country'),
  oblast: t('облус', 'область', 'oblast'),
  city: t('шаар', 'город', 'city'),
  rayon: t('район', 'район', 'rayon'),
  aiyl_aimak: t('айыл аймак', 'айыльный аймак', 'aiyl aimak'),
  point: t('чекит (Point)', 'точка (Point)', 'a point (Point)'),
  multipolygon: t('полигон (Polygon же MultiPolygon)', 'полигон (Polygon или MultiPolygon)', 'a polygon (Polygon or MultiPolygon)'),
  or: t('же', 'или', 'or'),
  sources: t('булактар', 'источники', 'sources'),
  admin_units: t('административдик бирдиктер', 'административные единицы', 'administrative units'),
  cyrillic_hint: t(
    ' (кириллица тамгасы бар: {{letters}} — латынча жазыңыз)',
    ' (есть кириллические буквы: {{letters}} — наберите их латиницей)',
    ' (it holds Cyrillic letters: {{letters}} — type them in Latin)',
  ),
};


/** Message and expected text of a problem code in a language; read errors and warnings come from the readers. */
export function problemText(code: string, params: Record<string, string | number>, lang: Lang): { message: string; expected?: string } {
  const template = MESSAGES[code];
  if (!template) return { message: readMessage(code as ReadCode, params, lang) };
  return {
    message: fill(template.message[lang], params),
    ...(template.expected ? { expected: fill(template.expected[lang], params) } : {}),
  };
}

export const word = (key: string, lang: Lang): string => WORDS[key]?.[lang] ?? key;
