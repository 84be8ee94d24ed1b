// Restoration works, the results framework (indicators and their values) and exchange rates.
import type { DatasetDef, Texts } from '../types.ts';
import { FACT_FIELDS, MAX_HECTARES, MAX_SOM, THIS_YEAR, codeField, field, nameFields, t } from './common.ts';

export const RESTORATION: DatasetDef = {
  name: 'restoration',
  table: 'restoration_activities',
  label: t('Калыбына келтирүү иштери', 'Восстановительные работы', 'Restoration activities'),
  key: ['code'],
  conflict: ['code'],
  rules: [{ kind: 'not_before', field: 'end_date', start: 'start_date' }],
  fields: [
    codeField(t('Иштин коду, мисалы RA-01.', 'Код работы, например RA-01.', 'Activity code, e.g. RA-01.'), 'RA-01'),
    field(
      'site_code',
      'code',
      t('Участок', 'Участок', 'Site'),
      t('Иш жүргөн коркунучтуу участоктун коду.', 'Код опасного участка, где ведутся работы.', 'Code of the hazard site the work belongs to.'),
      'KG-J-01',
      {
        required: true,
        aliases: ['site', 'участок', 'объект', 'код участка'],
        references: { table: 'hazard_sites', column: 'code', dataset: 'sites' },
      },
    ),
    field(
      'kind',
      'enum',
      t('Иштин түрү', 'Вид работ', 'Kind'),
      t(
        'Токой отургузуу, жайыттарды калыбына келтирүү, жээкти бекемдөө, габиондор, тосмо же жээк боюна отургузуу.',
        'Лесопосадка, восстановление пастбищ, берегоукрепление, габионы, запруда или прибрежные посадки.',
        'Forest plantation, pasture restoration, bank protection, gabions, check dam or riparian planting.',
      ),
      'forest_plantation',
      { required: true, vocab: 'restoration_kind', aliases: ['вид работ', 'вид', 'түрү', 'activity'] },
    ),
    ...nameFields(t('Иш', 'Работа', 'The activity'), ['Токой тилкеси', 'Лесополоса', 'Forest strip']),
    field(
      'geom',
      'multipolygon',
      t('Аянты (полигон)', 'Участок работ (полигон)', 'Plot (polygon)'),
      t(
        'Иш жүргөн аянттын полигону: GeoJSON же Shapefile объектинин геометриясы, же мамычада WKT/GeoJSON тексти.',
        'Полигон участка работ: геометрия объекта GeoJSON или Shapefile, либо текст WKT/GeoJSON в столбце.',
        'The plot polygon: the GeoJSON or Shapefile feature geometry, or WKT/GeoJSON text in a column.',
      ),
      'POLYGON((72.69 41.11, 72.7 41.11, 72.7 41.115, 72.69 41.115, 72.69 41.11))',
      { required: true, aliases: ['polygon', 'wkt', 'геометрия', 'полигон'] },
    ),
    field(
      'hectares_planned',
      'decimal',
      t('Пландалган, га', 'План, га', 'Planned, ha'),
      t('Пландалган аянт, гектар.', 'Площадь по плану, гектаров.', 'Area planned, hectares.'),
      40,
      { required: true, min: 0, max: MAX_HECTARES, aliases: ['planned ha', 'план га', 'план'] },
    ),
    field(
      'hectares_done',
      'decimal',
      t('Аткарылган, га', 'Выполнено, га', 'Done, ha'),
      t('Аткарылган аянт, гектар (бош = 0).', 'Выполнено, гектаров (пусто = 0).', 'Area done, hectares (empty = 0).'),
      12.5,
      { min: 0, max: MAX_HECTARES, default: 0, aliases: ['done ha', 'выполнено га', 'выполнено', 'факт'] },
    ),
    field(
      'green_wage_workdays',
      'integer',
      t('«Жашыл эмгек акы» иш күндөрү', 'Человеко-дни «Зелёной зарплаты»', 'Green Wage workdays'),
      t('Жергиликтүү жумушчуларга төлөнгөн иш күндөрү (бош = 0).', 'Оплаченные человеко-дни местных работников (пусто = 0).', 'Paid workdays of local labour (empty = 0).'),
      600,
      { min: 0, max: 100_000_000, default: 0, aliases: ['workdays', 'человеко дни', 'иш күндөрү', 'green wage'] },
    ),
    field(
      'start_date',
      'date',
      t('Башталышы', 'Начало', 'Start'),
      t('Иштин башталган күнү.', 'Дата начала работ.', 'Date the work starts.'),
      '2024-04-01',
      { min: 2007, max: 2100, aliases: ['start', 'начало', 'дата начала', 'башталышы'] },
    ),
    field(
      'end_date',
      'date',
      t('Бүтүшү', 'Окончание', 'End'),
      t('Иштин бүтө турган (же бүткөн) күнү; башталышынан мурун эмес.', 'Дата окончания (плановая или фактическая); не раньше начала.', 'Date the work ends (planned or actual); not before the start.'),
      '2025-10-31',
      { min: 2007, max: 2100, aliases: ['end', 'окончание', 'дата окончания', 'бүтүшү'] },
    ),
    field(
      'cost_kgs',
      'decimal',
      t('Наркы, сом', 'Стоимость, сом', 'Cost, som'),
      t('Иштин наркы, сом менен.', 'Стоимость работ в сомах.', 'Cost of the work in som.'),
      3_500_000,
      { min: 0, max: MAX_SOM, aliases: ['cost', 'стоимость', 'наркы'] },
    ),
    ...FACT_FIELDS,
  ],
};

export const INDICATORS: DatasetDef = {
  name: 'indicators',
  table: 'indicators',
  label: t('Көрсөткүчтөр', 'Индикаторы', 'Indicators'),
  key: ['code'],
  conflict: ['code'],
  fields: [
    codeField(t('Көрсөткүчтүн коду, мисалы PDO-1.', 'Код индикатора, например PDO-1.', 'Indicator code, e.g. PDO-1.'), 'PDO-1'),
    ...nameFields(t('Көрсөткүч', 'Индикатор', 'The indicator'), ['Түз пайда алуучулар', 'Прямые бенефициары', 'Direct beneficiaries']),
    field(
      'unit',
      'enum',
      t('Бирдиги', 'Единица', 'Unit'),
      t(
        'Адам, үй чарба, гектар, сом, пайыз, участок, топ же сан.',
        'Человек, домохозяйства, гектары, сом, процент, участки, группы или число.',
        'People, households, hectares, som, percent, sites, groups or number.',
      ),
      'people',
      { required: true, vocab: 'indicator_unit', aliases: ['единица', 'бирдиги'] },
    ),
    field(
      'higher_is_better',
      'boolean',
      t('Көп болгону жакшы', 'Больше — лучше', 'Higher is better'),
      t('Маани канчалык чоң болсо, ошончолук жакшыбы: ооба/жок (бош = ооба).', 'Чем больше значение, тем лучше: да/нет (пусто = да).', 'Whether a higher value is better: yes/no (empty = yes).'),
      true,
      { default: true, aliases: ['больше лучше', 'higher better'] },
    ),
    ...FACT_FIELDS,
  ],
};

/** Indicator figures may be negative (a change in a rate), so only their size is bounded. */
const amount = (name: string, label: Texts, description: Texts, example: number | null, required: boolean, aliases: string[]) =>
  field(name, 'decimal', label, description, example, { required, min: -MAX_SOM, max: MAX_SOM, aliases });

export const INDICATOR_VALUES: DatasetDef = {
  name: 'indicator_values',
  table: 'indicator_values',
  label: t('Көрсөткүчтөрдүн маанилери', 'Значения индикаторов', 'Indicator values'),
  key: ['indicator_code', 'region_code', 'year', 'sex', 'age_group'],
  // Matches the unique index indicator_values_key (a national figure has no region).
  conflict: ['indicator_code', "(coalesce(region_code, ''))", 'year', 'sex', 'age_group'],
  fields: [
    field(
      'indicator_code',
      'code',
      t('Көрсөткүч', 'Индикатор', 'Indicator'),
      t('Көрсөткүчтүн коду.', 'Код индикатора.', 'Code of the indicator.'),
      'PDO-1',
      {
        required: true,
        aliases: ['indicator', 'индикатор', 'показатель', 'көрсөткүч'],
        references: { table: 'indicators', column: 'code', dataset: 'indicators' },
      },
    ),
    field(
      'region_code',
      'code',
      t('Аймак', 'Регион', 'Region'),
      t('Облустун коду (KG-J…); бош = бүт өлкө боюнча.', 'Код области (KG-J…); пусто = по стране.', 'Code of the oblast (KG-J…); empty = national.'),
      'KG-J',
      { aliases: ['region', 'регион', 'область', 'аймак', 'облус'], references: { table: 'admin_units', column: 'code' } },
    ),
    field(
      'year',
      'year',
      t('Жыл', 'Год', 'Year'),
      t('Отчёттук жыл (2020–2035).', 'Отчётный год (2020–2035).', 'Report year (2020–2035).'),
      2024,
      { required: true, min: 2020, max: 2035, aliases: ['год', 'жыл'] },
    ),
    field(
      'sex',
      'enum',
      t('Жынысы', 'Пол', 'Sex'),
      t('Бардыгы, аялдар же эркектер (бош = бардыгы).', 'Все, женщины или мужчины (пусто = все).', 'All, women or men (empty = all).'),
      'all',
      { vocab: 'sex', default: 'all', aliases: ['пол', 'жынысы', 'gender'] },
    ),
    field(
      'age_group',
      'enum',
      t('Жаш курагы', 'Возраст', 'Age group'),
      t('Бардыгы, жаштар же чоңдор (бош = бардыгы).', 'Все, молодёжь или взрослые (пусто = все).', 'All, youth or adults (empty = all).'),
      'all',
      { vocab: 'age_group', default: 'all', aliases: ['age', 'возраст', 'возрастная группа', 'жаш курагы'] },
    ),
    amount('baseline', t('Базалык маани', 'Базовое значение', 'Baseline'), t('Базалык маани.', 'Базовое значение.', 'Baseline value.'), 0, true, ['база', 'базовое', 'базалык']),
    amount('target', t('Максат', 'Цель', 'Target'), t('Ошол жылдын максаты.', 'Цель на этот год.', 'Target for the year.'), 50000, true, ['цель', 'план', 'максат']),
    amount('actual', t('Иш жүзүндө', 'Факт', 'Actual'), t('Иш жүзүндөгү маани (бош = азырынча жок).', 'Фактическое значение (пусто = ещё нет).', 'Actual value (empty = not yet reported).'), 1200, false, ['факт', 'фактическое', 'иш жүзүндө']),
    ...FACT_FIELDS,
  ],
};

export const FX_RATES: DatasetDef = {
  name: 'fx_rates',
  table: 'fx_rates',
  label: t('Алмашуу курстары', 'Курсы валют', 'Exchange rates'),
  key: ['rate_date'],
  conflict: ['rate_date'],
  fields: [
    field(
      'rate_date',
      'date',
      t('Күнү', 'Дата', 'Date'),
      t('Курс колдонула баштаган күн.', 'Дата, с которой действует курс.', 'Date from which the rate applies.'),
      '2024-01-01',
      // The som was introduced in May 1993.
      { required: true, min: 1993, max: THIS_YEAR + 1, aliases: ['date', 'дата', 'күнү'] },
    ),
    field(
      'kgs_per_usd',
      'decimal',
      t('1 АКШ доллары, сом', 'Сомов за 1 доллар США', 'Som per US$'),
      t(
        '1 АКШ долларынын баасы сом менен (Улуттук банктын расмий курсу, 4 белгиге чейин, мисалы 87,4500).',
        'Сомов за 1 доллар США (официальный курс НБКР, до 4 знаков, например 87,4500).',
        'Som per US dollar (the official NBKR rate, up to 4 decimals, e.g. 87.4500).',
      ),
      87.45,
      // A rate below 1 is almost certainly US$ per som typed the wrong way round.
      { required: true, min: 1, max: 1000, aliases: ['rate', 'курс', 'usd', 'курс usd', 'сом за доллар'] },
    ),
    ...FACT_FIELDS,
  ],
};
