// Typical OVOP products in Kyrgyzstan (../shared/DOMAIN.md "OVOP in Kyrgyzstan") with sample unit prices.
import type { Channel, ProductCategory, Unit } from './rows.ts';

export interface CatalogueItem {
  key: string;
  ky: string;
  ru: string;
  en: string;
  unit: Unit;
  /** Sample price in som per unit. */
  price: number;
}

export const CATALOGUE: Record<ProductCategory, readonly CatalogueItem[]> = {
  felt: [
    { key: 'shyrdak', ky: 'Шырдак', ru: 'Шырдак (войлочный ковёр)', en: 'Shyrdak felt carpet', unit: 'm2', price: 6500 },
    { key: 'slippers', ky: 'Кийиз тапочка', ru: 'Войлочные тапочки', en: 'Felt slippers', unit: 'piece', price: 900 },
    { key: 'toys', ky: 'Кийиз оюнчуктар', ru: 'Войлочные игрушки', en: 'Felt toys', unit: 'piece', price: 450 },
  ],
  honey: [
    { key: 'sainfoin', ky: 'Ак боз бал', ru: 'Белый эспарцетовый мёд', en: 'White sainfoin honey', unit: 'kg', price: 950 },
    { key: 'mountain', ky: 'Тоо балы', ru: 'Горный мёд', en: 'Mountain honey', unit: 'kg', price: 800 },
    { key: 'candles', ky: 'Бал мом шамы', ru: 'Свечи из пчелиного воска', en: 'Beeswax candles', unit: 'piece', price: 250 },
  ],
  jam_juice: [
    { key: 'blackcurrant', ky: 'Кара карагат джеми', ru: 'Джем из чёрной смородины', en: 'Blackcurrant jam', unit: 'jar', price: 350 },
    { key: 'rosehip', ky: 'Ит мурун шербети', ru: 'Сироп шиповника', en: 'Rosehip syrup', unit: 'bottle', price: 400 },
    { key: 'pomegranate', ky: 'Анар ширеси', ru: 'Гранатовый сок', en: 'Pomegranate juice', unit: 'bottle', price: 280 },
  ],
  sea_buckthorn: [
    { key: 'juice', ky: 'Чычырканак ширеси', ru: 'Облепиховый сок', en: 'Sea-buckthorn juice', unit: 'bottle', price: 300 },
    { key: 'oil', ky: 'Чычырканак майы', ru: 'Облепиховое масло', en: 'Sea-buckthorn oil', unit: 'bottle', price: 1200 },
    { key: 'candy', ky: 'Чычырканак момпосуйу', ru: 'Облепиховые конфеты', en: 'Sea-buckthorn candy', unit: 'kg', price: 900 },
  ],
  dairy: [
    { key: 'kurut', ky: 'Курут', ru: 'Курут', en: 'Kurut (dried yoghurt balls)', unit: 'kg', price: 600 },
    { key: 'butter', ky: 'Сары май', ru: 'Топлёное масло', en: 'Clarified butter', unit: 'kg', price: 750 },
    { key: 'kymyz', ky: 'Кымыз', ru: 'Кумыс', en: "Kymyz (mare's milk)", unit: 'litre', price: 150 },
  ],
  soap_herbal: [
    { key: 'soap', ky: 'Чөп самыны', ru: 'Травяное мыло', en: 'Herbal soap', unit: 'piece', price: 150 },
    { key: 'tea', ky: 'Тоо чөп чайы', ru: 'Горный травяной чай', en: 'Mountain herbal tea', unit: 'piece', price: 200 },
  ],
  dried_fruit_nuts: [
    { key: 'walnuts', ky: 'Жаңгак', ru: 'Грецкий орех', en: 'Walnuts', unit: 'kg', price: 450 },
    { key: 'apricots', ky: 'Кургатылган өрүк', ru: 'Курага', en: 'Dried apricots', unit: 'kg', price: 380 },
    { key: 'plums', ky: 'Кургатылган кара өрүк', ru: 'Чернослив', en: 'Dried plums', unit: 'kg', price: 320 },
  ],
  other: [
    { key: 'souvenirs', ky: 'Улуттук сувенирлер', ru: 'Национальные сувениры', en: 'National souvenirs', unit: 'piece', price: 500 },
    { key: 'woodwork', ky: 'Жыгач буюмдар', ru: 'Изделия из дерева', en: 'Wooden crafts', unit: 'piece', price: 800 },
  ],
};

export const CATEGORY_GROUP_NAMES: Record<ProductCategory, { ky: string; ru: string; en: string }> = {
  felt: { ky: 'кийиз чеберлери', ru: 'Мастерицы войлока', en: 'Felt Makers' },
  honey: { ky: 'балчылары', ru: 'Пчеловоды', en: 'Beekeepers' },
  jam_juice: { ky: 'жемиш-жер жемиш', ru: 'Дикоросы', en: 'Wild Fruit Producers' },
  sea_buckthorn: { ky: 'чычырканак өстүрүүчүлөрү', ru: 'Облепиха', en: 'Sea Buckthorn Group' },
  dairy: { ky: 'сүт азыктары', ru: 'Молочные продукты', en: 'Dairy Group' },
  soap_herbal: { ky: 'дары чөп', ru: 'Травницы', en: 'Herbal Producers' },
  dried_fruit_nuts: { ky: 'жаңгак жана кургак жемиш', ru: 'Орехи и сухофрукты', en: 'Nuts & Dried Fruit' },
  other: { ky: 'кол өнөрчүлөрү', ru: 'Ремесленники', en: 'Crafts Group' },
};

/** Which categories each oblast's groups lean to (felt in Naryn and Issyk-Kul, sea buckthorn in Issyk-Kul, walnuts in Jalal-Abad). */
export const CATEGORY_WEIGHTS: Record<string, readonly (readonly [ProductCategory, number])[]> = {
  'KG-J': [['dried_fruit_nuts', 5], ['honey', 2], ['jam_juice', 2], ['felt', 1], ['dairy', 1], ['soap_herbal', 1], ['other', 1]],
  'KG-O': [['dried_fruit_nuts', 2], ['jam_juice', 2], ['honey', 2], ['dairy', 2], ['felt', 1], ['soap_herbal', 1], ['other', 1]],
  'KG-Y': [['felt', 3], ['honey', 3], ['sea_buckthorn', 4], ['jam_juice', 1], ['dairy', 1], ['soap_herbal', 1]],
  'KG-N': [['felt', 5], ['dairy', 3], ['honey', 2], ['soap_herbal', 1], ['other', 1]],
};

/** Relative sales by calendar month (index 0 = January): harvests, tourist season, holidays. */
export const CATEGORY_SEASON: Record<ProductCategory, readonly number[]> = {
  felt: [0.7, 0.6, 0.9, 0.8, 0.9, 1.2, 1.4, 1.4, 1.2, 1.0, 0.9, 1.3],
  honey: [1.0, 0.9, 0.8, 0.5, 0.3, 0.3, 0.6, 1.3, 1.5, 1.4, 1.2, 1.2],
  jam_juice: [0.9, 0.8, 0.6, 0.5, 0.5, 0.7, 1.0, 1.3, 1.4, 1.3, 1.1, 1.2],
  sea_buckthorn: [1.2, 1.0, 0.8, 0.5, 0.3, 0.3, 0.4, 0.7, 1.4, 1.6, 1.5, 1.4],
  dairy: [0.6, 0.6, 0.8, 1.0, 1.3, 1.4, 1.4, 1.3, 1.1, 0.9, 0.7, 0.6],
  soap_herbal: [0.9, 0.9, 1.1, 1.0, 1.0, 1.0, 1.1, 1.1, 1.0, 1.0, 1.0, 1.2],
  dried_fruit_nuts: [1.1, 0.9, 0.8, 0.6, 0.5, 0.5, 0.6, 0.8, 1.3, 1.6, 1.5, 1.3],
  other: [0.8, 0.8, 1.0, 0.9, 1.0, 1.1, 1.3, 1.3, 1.1, 1.0, 0.9, 1.2],
};

/** Months (1–12) when each channel sells: fairs around Nooruz and in autumn, exhibitions a few times a year. */
export const CHANNEL_MONTHS: Record<Channel, readonly number[]> = {
  bishkek_shop: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  karakol_shop: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  online: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  fair: [3, 5, 8, 9, 10, 12],
  exhibition: [4, 9, 11],
  export: [2, 10, 11],
};

export const CHANNEL_WEIGHT: Record<Channel, number> = {
  bishkek_shop: 1,
  karakol_shop: 0.6,
  fair: 1.6,
  exhibition: 1.4,
  online: 0.35,
  export: 2.5,
};
