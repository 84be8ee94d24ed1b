// The enumerations a file may use, with the words people write for each code in Kyrgyz, Russian and English.
// A cell matches a code when it equals the code itself or one of its words, ignoring case, ё/е, extra spaces,
// hyphens and underscores ("Very high", "очень высокий", "өтө жогору" and "very_high" are all very_high).
// The codes are those of the CHECK constraints in server/sql/migrations/001_schema.sql; the first word of each
// language is the name the atlas shows (web/src/i18n).
import type { Lang } from './types.ts';

export interface VocabEntry {
  code: string;
  words: Readonly<Record<Lang, readonly string[]>>;
}

const e = (code: string, ky: readonly string[], ru: readonly string[], en: readonly string[]): VocabEntry => ({
  code,
  words: { ky, ru, en },
});

const CATEGORIES: readonly VocabEntry[] = [
  e('felt', ['Кийиз'], ['Войлок', 'изделия из войлока'], ['Felt']),
  e('honey', ['Бал'], ['Мёд'], ['Honey']),
  e('jam_juice', ['Кыям жана шире', 'кыям', 'шире'], ['Варенье и соки', 'варенье', 'сок', 'соки', 'джем'], ['Jam and juice', 'jam', 'juice']),
  e('sea_buckthorn', ['Чычырканак'], ['Облепиха'], ['Sea buckthorn']),
  e('dairy', ['Сүт азыктары'], ['Молочные продукты', 'молочная продукция'], ['Dairy']),
  e('soap_herbal', ['Самын жана чөптөр', 'самын', 'дары чөптөр'], ['Мыло и травы', 'мыло', 'травы'], ['Soap and herbs', 'soap', 'herbs']),
  e('dried_fruit_nuts', ['Кургатылган мөмө жана жаңгак', 'кургак мөмө', 'жаңгак'], ['Сухофрукты и орехи', 'сухофрукты', 'орехи'], ['Dried fruit and nuts', 'dried fruit', 'nuts']),
  e('other', ['Башка'], ['Другое', 'прочее'], ['Other']),
];

export const VOCABULARIES: Readonly<Record<string, readonly VocabEntry[]>> = {
  hazard_type: [
    e('mudflow', ['Сел', 'сел агымы'], ['Сель', 'селевой поток', 'сели'], ['Mudflow', 'debris flow', 'mud flow']),
    e('flood', ['Суу ташкыны', 'ташкын', 'суу каптоо'], ['Паводок', 'наводнение', 'половодье'], ['Flood']),
    e('landslide', ['Жер көчкү'], ['Оползень'], ['Landslide']),
    e('avalanche', ['Кар көчкү'], ['Лавина', 'снежная лавина'], ['Avalanche', 'snow avalanche']),
    e('rockfall', ['Таш кулоо'], ['Камнепад', 'обвал'], ['Rockfall', 'rock fall']),
    e('glacial_lake_outburst', ['Бийик тоо көлүнүн жарылышы', 'көлдүн жарылышы'], ['Прорыв высокогорного озера', 'прорыв озера'], ['Glacial lake outburst', 'glacial lake outburst flood', 'GLOF']),
  ],
  risk_level: [
    e('low', ['Төмөн'], ['Низкий'], ['Low']),
    e('medium', ['Орточо'], ['Средний'], ['Medium']),
    e('high', ['Жогору', 'жогорку'], ['Высокий'], ['High']),
    e('very_high', ['Өтө жогору', 'өтө жогорку'], ['Очень высокий'], ['Very high']),
  ],
  status: [
    e('identified', ['Аныкталган'], ['Выявлен', 'выявлено', 'выявлен объект'], ['Identified']),
    e('feasibility_study', ['Техникалык-экономикалык негиздеме', 'ТЭН'], ['ТЭО', 'технико-экономическое обоснование'], ['Feasibility study', 'feasibility']),
    e('design', ['Долбоорлоо'], ['Проектирование', 'проект'], ['Design']),
    e('works', ['Курулуш иштери', 'курулуш'], ['Строительные работы', 'строительство', 'работы'], ['Works', 'construction']),
    e('completed', ['Аякталган', 'бүткөн'], ['Завершён', 'завершено', 'завершен'], ['Completed', 'complete', 'done']),
  ],
  channel: [
    e('bishkek_shop', ['Бишкектеги дүкөн', 'Бишкек'], ['Магазин в Бишкеке', 'Бишкек'], ['Bishkek shop', 'Bishkek']),
    e('karakol_shop', ['Караколдогу дүкөн', 'Каракол'], ['Магазин в Караколе', 'Каракол'], ['Karakol shop', 'Karakol']),
    e('fair', ['Жармаңкелер', 'жармаңке'], ['Ярмарки', 'ярмарка'], ['Fairs', 'fair']),
    e('exhibition', ['Көргөзмөлөр', 'көргөзмө'], ['Выставки', 'выставка'], ['Exhibitions', 'exhibition']),
    e('online', ['Онлайн', 'интернет'], ['Онлайн', 'интернет', 'онлайн-платформы'], ['Online', 'online platforms', 'internet']),
    e('export', ['Экспорт'], ['Экспорт'], ['Export']),
  ],
  category: CATEGORIES,
  product_unit: [
    e('piece', ['Даана', 'даа'], ['Штука', 'шт', 'штук'], ['Piece', 'pcs', 'pc']),
    e('kg', ['Килограмм', 'кг'], ['Килограмм', 'кг'], ['Kilogram', 'kg', 'kilogramme']),
    e('litre', ['Литр', 'л'], ['Литр', 'л'], ['Litre', 'liter', 'l']),
    e('jar', ['Банка'], ['Банка', 'банки'], ['Jar']),
    e('bottle', ['Бөтөлкө'], ['Бутылка', 'бут'], ['Bottle']),
    e('m2', ['Чарчы метр', 'м2', 'м²'], ['Квадратный метр', 'м2', 'м²', 'кв м'], ['Square metre', 'm²', 'sq m']),
  ],
  certification: [
    e('none', ['Жок'], ['Нет'], ['None', 'no']),
    e('halal', ['Адал', 'халал'], ['Халал'], ['Halal']),
    e('organic', ['Органикалык'], ['Органик', 'органический'], ['Organic']),
    e('halal_organic', ['Адал жана органикалык'], ['Халал и органик'], ['Halal and organic']),
  ],
  brand_level: [
    e('none', ['Жок'], ['Нет'], ['None', 'no']),
    e('local', ['Жергиликтүү'], ['Местный'], ['Local']),
    e('regional', ['Аймактык', 'облустук'], ['Региональный', 'областной'], ['Regional']),
    e('national', ['Улуттук'], ['Национальный'], ['National']),
  ],
  training_topic: [
    e('product_development', ['Продукцияны иштеп чыгуу'], ['Разработка продукции'], ['Product development']),
    e('quality_certification', ['Сапат жана тастыктоо'], ['Качество и сертификация'], ['Quality and certification']),
    e('marketing_sales', ['Маркетинг жана сатуу'], ['Маркетинг и продажи'], ['Marketing and sales']),
    e('bookkeeping', ['Бухгалтерия', 'бухгалтердик эсеп'], ['Бухгалтерия', 'бухгалтерский учёт'], ['Bookkeeping', 'accounting']),
    e('disaster_preparedness', ['Кырсыктарга даярдык'], ['Готовность к бедствиям'], ['Disaster preparedness']),
    e('restoration', ['Калыбына келтирүү'], ['Восстановление'], ['Restoration']),
  ],
  restoration_kind: [
    e('forest_plantation', ['Токой отургузуу', 'коргоочу токой тилкеси'], ['Лесопосадка', 'защитные лесонасаждения', 'лесные насаждения'], ['Forest plantation', 'protective forest plantation']),
    e('pasture_restoration', ['Жайыттарды калыбына келтирүү'], ['Восстановление пастбищ'], ['Pasture restoration']),
    e('bank_protection', ['Жээкти бекемдөө'], ['Берегоукрепление', 'укрепление берегов'], ['Bank protection']),
    e('gabions', ['Габиондор', 'габион'], ['Габионы', 'габион'], ['Gabions', 'gabion']),
    e('check_dam', ['Тосмо', 'сел тосмо'], ['Запруда', 'селезадерживающая плотина', 'плотина'], ['Check dam', 'dam']),
    e('riparian_planting', ['Жээк боюна отургузуу'], ['Прибрежные посадки'], ['Riparian planting']),
  ],
  indicator_unit: [
    e('people', ['Адам', 'киши'], ['Человек', 'люди', 'чел'], ['People', 'persons']),
    e('households', ['Үй чарба', 'үй чарбалар'], ['Домохозяйства', 'домохозяйств'], ['Households']),
    e('hectares', ['Гектар', 'га'], ['Гектары', 'гектаров', 'га'], ['Hectares', 'ha']),
    e('kgs', ['Сом'], ['Сом', 'сомы'], ['Som', 'KGS']),
    e('percent', ['Пайыз', '%'], ['Процент', '%'], ['Percent', '%']),
    e('sites', ['Участок', 'участоктор'], ['Участки', 'участков', 'объекты'], ['Sites']),
    e('groups', ['Топ', 'топтор'], ['Группы', 'групп'], ['Groups']),
    e('number', ['Сан'], ['Число', 'количество'], ['Number', 'count']),
  ],
  sex: [
    e('all', ['Бардыгы', 'баары'], ['Все', 'всего'], ['All', 'total', 'both']),
    e('women', ['Аялдар', 'аял'], ['Женщины', 'ж', 'жен'], ['Women', 'female', 'f']),
    e('men', ['Эркектер', 'эркек'], ['Мужчины', 'м', 'муж'], ['Men', 'male', 'm']),
  ],
  age_group: [
    e('all', ['Бардыгы', 'баары'], ['Все', 'всего'], ['All', 'total']),
    e('youth', ['Жаштар'], ['Молодёжь'], ['Youth', 'young people']),
    e('adult', ['Чоңдор'], ['Взрослые'], ['Adult', 'adults']),
  ],
};

/** Lower case, ё → е, any run of spaces, hyphens, underscores or dots → one space, trimmed. */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
}

const INDEX = new Map<string, Map<string, string>>();
for (const [name, entries] of Object.entries(VOCABULARIES)) {
  const index = new Map<string, string>();
  for (const entry of entries) {
    for (const word of [entry.code, ...entry.words.ky, ...entry.words.ru, ...entry.words.en]) {
      const key = normalizeWord(word);
      const taken = index.get(key);
      // A word meaning two codes would make a cell ambiguous: vocab.test.ts proves this never happens.
      if (taken !== undefined && taken !== entry.code) throw new Error(`vocabulary ${name}: "${word}" means both ${taken} and ${entry.code}`);
      index.set(key, entry.code);
    }
  }
  INDEX.set(name, index);
}

/** The code a cell names in a vocabulary, or null. */
export function matchVocab(vocab: string, cell: string): string | null {
  const index = INDEX.get(vocab);
  if (!index) throw new Error(`Unknown vocabulary ${vocab}`);
  return index.get(normalizeWord(cell)) ?? null;
}

/** The accepted values, as a person reads them: "сель (mudflow), паводок (flood), …" in the given language. */
export function describeVocab(vocab: string, lang: Lang): string {
  const entries = VOCABULARIES[vocab];
  if (!entries) throw new Error(`Unknown vocabulary ${vocab}`);
  return entries.map((entry) => `${entry.words[lang][0]!.toLowerCase()} (${entry.code})`).join(', ');
}
