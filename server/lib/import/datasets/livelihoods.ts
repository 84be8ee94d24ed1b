// OVOP+1 livelihoods: producer groups, their products, the products' sales, and trainings in villages.
import type { DatasetDef, FieldDef } from '../types.ts';
import { FACT_FIELDS, MAX_SOM, THIS_YEAR, codeField, field, nameFields, t } from './common.ts';

const villageRef = (example: string): FieldDef =>
  field(
    'village_code',
    'code',
    t('Айыл', 'Село', 'Village'),
    t('Айылдын коду (атласта же мурда импорттолгон айылдарда болушу керек).', 'Код села (должно быть в атласе).', 'Code of the village (it must exist in the atlas).'),
    example,
    {
      required: true,
      aliases: ['village', 'село', 'айыл', 'код села'],
      references: { table: 'villages', column: 'code', dataset: 'villages' },
    },
  );

const categoryField = (name: string): FieldDef =>
  field(
    name,
    'enum',
    t('Продукциянын түрү', 'Категория продукции', 'Product category'),
    t(
      'Кийиз, бал, кыям жана шире, чычырканак, сүт азыктары, самын жана чөптөр, кургатылган мөмө жана жаңгак, башка.',
      'Войлок, мёд, варенье и соки, облепиха, молочные продукты, мыло и травы, сухофрукты и орехи, другое.',
      'Felt, honey, jam and juice, sea buckthorn, dairy, soap and herbs, dried fruit and nuts, other.',
    ),
    'felt',
    { required: true, vocab: 'category', aliases: ['category', 'категория', 'продукция', 'түрү'] },
  );

/** Counts of people: men and women, young and old, never more than the total (CHECKs of 001_schema.sql). */
const people = (name: string, label: FieldDef['label'], description: FieldDef['description'], example: number, aliases: string[]): FieldDef =>
  field(name, 'integer', label, description, example, { required: true, min: 0, max: 100_000, aliases });

export const PRODUCER_GROUPS: DatasetDef = {
  name: 'producer_groups',
  table: 'producer_groups',
  label: t('Өндүрүүчүлөр топтору', 'Группы производителей', 'Producer groups'),
  key: ['code'],
  conflict: ['code'],
  rules: [
    { kind: 'at_most', field: 'members_women', limit: 'members_total' },
    { kind: 'at_most', field: 'members_youth', limit: 'members_total' },
  ],
  fields: [
    codeField(t('Топтун коду, мисалы PG-01.', 'Код группы, например PG-01.', 'Group code, e.g. PG-01.'), 'PG-01'),
    ...nameFields(t('Топ', 'Группа', 'The group'), ['Көкчөкөз кийизчилери', 'Войлочницы Кокчокоза', 'Kökchököz felt makers']),
    villageRef('KG-J-V01'),
    categoryField('product_category'),
    people('members_total', t('Мүчөлөрү', 'Участников', 'Members'), t('Топтун бардык мүчөлөрү.', 'Всего участников группы.', 'All members of the group.'), 12, ['members', 'участники', 'всего участников', 'мүчөлөрү']),
    people('members_women', t('Аялдар', 'Женщины', 'Women'), t('Мүчөлөрдүн ичинен аялдар.', 'Из них женщин.', 'Of whom women.'), 9, ['women', 'женщины', 'аялдар']),
    people('members_youth', t('Жаштар', 'Молодёжь', 'Youth'), t('Мүчөлөрдүн ичинен жаштар (14–28 жаш).', 'Из них молодёжи (14–28 лет).', 'Of whom youth (aged 14–28).'), 4, ['youth', 'молодежь', 'жаштар']),
    field(
      'founded_year',
      'year',
      t('Түзүлгөн жылы', 'Год создания', 'Year founded'),
      t('Топ түзүлгөн жыл (OVOP Кыргызстанда 2007-жылы башталган).', 'Год создания группы (OVOP в Кыргызстане с 2007 года).', 'Year the group was founded (OVOP began in Kyrgyzstan in 2007).'),
      2019,
      { min: 2007, max: THIS_YEAR, aliases: ['founded', 'год создания', 'түзүлгөн жылы'] },
    ),
    ...FACT_FIELDS,
  ],
};

export const PRODUCTS: DatasetDef = {
  name: 'products',
  table: 'products',
  label: t('Продукция', 'Продукция', 'Products'),
  key: ['code'],
  conflict: ['code'],
  fields: [
    codeField(t('Продукциянын коду, мисалы P-01.', 'Код продукта, например P-01.', 'Product code, e.g. P-01.'), 'P-01'),
    field(
      'group_code',
      'code',
      t('Өндүрүүчүлөр тобу', 'Группа производителей', 'Producer group'),
      t('Аны чыгарган топтун коду.', 'Код группы, которая его производит.', 'Code of the group that makes it.'),
      'PG-01',
      {
        required: true,
        aliases: ['group', 'группа', 'топ', 'producer group'],
        references: { table: 'producer_groups', column: 'code', dataset: 'producer_groups' },
      },
    ),
    ...nameFields(t('Продукция', 'Продукт', 'The product'), ['Шырдак', 'Шырдак', 'Shyrdak carpet']),
    categoryField('category'),
    field(
      'unit',
      'enum',
      t('Өлчөө бирдиги', 'Единица измерения', 'Unit'),
      t('Даана, кг, литр, банка, бөтөлкө же м² (бош = даана).', 'Штука, кг, литр, банка, бутылка или м² (пусто = штука).', 'Piece, kg, litre, jar, bottle or m² (empty = piece).'),
      'm2',
      { vocab: 'product_unit', default: 'piece', aliases: ['единица', 'ед изм', 'бирдик'] },
    ),
    field(
      'certification',
      'enum',
      t('Тастыктоо', 'Сертификация', 'Certification'),
      t('Жок, адал, органикалык же экөө тең (бош = жок).', 'Нет, халал, органик или оба (пусто = нет).', 'None, halal, organic or both (empty = none).'),
      'none',
      { vocab: 'certification', default: 'none', aliases: ['сертификация', 'сертификат', 'тастыктоо'] },
    ),
    field(
      'brand_level',
      'enum',
      t('Бренд деңгээли', 'Уровень бренда', 'Brand level'),
      t('Жок, жергиликтүү, аймактык же улуттук (бош = жок).', 'Нет, местный, региональный или национальный (пусто = нет).', 'None, local, regional or national (empty = none).'),
      'regional',
      { vocab: 'brand_level', default: 'none', aliases: ['brand', 'бренд', 'уровень бренда'] },
    ),
    ...FACT_FIELDS,
  ],
};

export const SALES: DatasetDef = {
  name: 'sales',
  table: 'sales',
  label: t('Сатуу', 'Продажи', 'Sales'),
  key: ['product_code', 'channel', 'month'],
  conflict: ['product_code', 'channel', 'month'],
  fields: [
    field(
      'product_code',
      'code',
      t('Продукция', 'Продукт', 'Product'),
      t('Сатылган продукциянын коду.', 'Код проданного продукта.', 'Code of the product sold.'),
      'P-01',
      {
        required: true,
        aliases: ['product', 'продукт', 'продукция', 'код продукта'],
        references: { table: 'products', column: 'code', dataset: 'products' },
      },
    ),
    field(
      'channel',
      'enum',
      t('Сатуу каналы', 'Канал продаж', 'Channel'),
      t(
        'Бишкектеги дүкөн, Караколдогу дүкөн, жармаңке, көргөзмө, онлайн же экспорт.',
        'Магазин в Бишкеке, магазин в Караколе, ярмарка, выставка, онлайн или экспорт.',
        'Bishkek shop, Karakol shop, fair, exhibition, online or export.',
      ),
      'fair',
      { required: true, vocab: 'channel', aliases: ['канал', 'канал продаж', 'сатуу каналы'] },
    ),
    field(
      'month',
      'month',
      t('Ай', 'Месяц', 'Month'),
      t('Сатуу айы: 2024-03 же 03.2024 (бир айга бир сап).', 'Месяц продаж: 2024-03 или 03.2024 (одна строка на месяц).', 'Month of the sales: 2024-03 or 03.2024 (one row per month).'),
      '2024-03',
      { required: true, min: 2007, max: THIS_YEAR, aliases: ['месяц', 'период', 'ай', 'period'] },
    ),
    field(
      'quantity',
      'decimal',
      t('Саны', 'Количество', 'Quantity'),
      t('Сатылган саны, продукциянын бирдиги менен.', 'Продано, в единицах продукта.', "Quantity sold, in the product's unit."),
      12,
      { required: true, min: 0, max: 999_999_999_999, aliases: ['количество', 'кол во', 'саны', 'qty'] },
    ),
    field(
      'revenue_kgs',
      'decimal',
      t('Киреше, сом', 'Выручка, сом', 'Revenue, som'),
      t('Сатуудан түшкөн каражат, сом менен (тыйын менен болсо болот).', 'Выручка в сомах (можно с тыйынами).', 'Revenue in som (tyiyn allowed).'),
      84000,
      { required: true, min: 0, max: MAX_SOM, aliases: ['revenue', 'выручка', 'сумма', 'выручка сом', 'киреше', 'сом'] },
    ),
    ...FACT_FIELDS,
  ],
};

export const TRAININGS: DatasetDef = {
  name: 'trainings',
  table: 'trainings',
  label: t('Окуулар', 'Обучения', 'Trainings'),
  key: ['code'],
  conflict: ['code'],
  rules: [
    { kind: 'at_most', field: 'women', limit: 'participants' },
    { kind: 'at_most', field: 'youth', limit: 'participants' },
  ],
  fields: [
    codeField(t('Окуунун коду, мисалы TR-01.', 'Код обучения, например TR-01.', 'Training code, e.g. TR-01.'), 'TR-01'),
    villageRef('KG-J-V01'),
    field(
      'topic',
      'enum',
      t('Темасы', 'Тема', 'Topic'),
      t(
        'Продукцияны иштеп чыгуу, сапат жана тастыктоо, маркетинг жана сатуу, бухгалтерия, кырсыктарга даярдык же калыбына келтирүү.',
        'Разработка продукции, качество и сертификация, маркетинг и продажи, бухгалтерия, готовность к бедствиям или восстановление.',
        'Product development, quality and certification, marketing and sales, bookkeeping, disaster preparedness or restoration.',
      ),
      'product_development',
      { required: true, vocab: 'training_topic', aliases: ['тема', 'темасы'] },
    ),
    field(
      'held_on',
      'date',
      t('Күнү', 'Дата', 'Date'),
      t('Өткөн күнү: 2024-05-20 же 20.05.2024.', 'Дата проведения: 2024-05-20 или 20.05.2024.', 'Date held: 2024-05-20 or 20.05.2024.'),
      '2024-05-20',
      { required: true, min: 2007, max: THIS_YEAR, aliases: ['date', 'дата', 'күнү'] },
    ),
    people('participants', t('Катышуучулар', 'Участники', 'Participants'), t('Катышуучулардын саны.', 'Число участников.', 'Number of participants.'), 25, ['участники', 'катышуучулар']),
    people('women', t('Аялдар', 'Женщины', 'Women'), t('Алардын ичинен аялдар.', 'Из них женщин.', 'Of whom women.'), 18, ['женщины', 'аялдар']),
    people('youth', t('Жаштар', 'Молодёжь', 'Youth'), t('Алардын ичинен жаштар.', 'Из них молодёжи.', 'Of whom youth.'), 7, ['молодежь', 'жаштар']),
    ...FACT_FIELDS,
  ],
};
