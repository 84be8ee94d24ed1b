// Names and codes that no shipped package carries in the form we need: Kyrgyz names and SOATE codes
// of the oblasts (../shared/DOMAIN.md), the rayons of the four RESILAND target oblasts with their
// administrative centres, and the Cyrillic names of GeoNames places where the data is ambiguous.

export interface FirstLevelUnit {
  iso: string;
  level: 'oblast' | 'city';
  soate: string;
  nameEn: string;
  nameKy: string;
  nameRu: string;
  capitalEn: string | null;
  /** GeoNames admin1 code (KG.xx), to place towns in their oblast. */
  geonamesAdmin1: string | null;
}

export const FIRST_LEVEL: readonly FirstLevelUnit[] = [
  { iso: 'KG-B', level: 'oblast', soate: '41705000000000', nameEn: 'Batken', nameKy: 'Баткен облусу', nameRu: 'Баткенская область', capitalEn: 'Batken', geonamesAdmin1: '09' },
  { iso: 'KG-C', level: 'oblast', soate: '41708000000000', nameEn: 'Chüy', nameKy: 'Чүй облусу', nameRu: 'Чуйская область', capitalEn: 'Bishkek', geonamesAdmin1: '02' },
  { iso: 'KG-J', level: 'oblast', soate: '41703000000000', nameEn: 'Jalal-Abad', nameKy: 'Жалал-Абад облусу', nameRu: 'Джалал-Абадская область', capitalEn: 'Jalal-Abad', geonamesAdmin1: '03' },
  { iso: 'KG-N', level: 'oblast', soate: '41704000000000', nameEn: 'Naryn', nameKy: 'Нарын облусу', nameRu: 'Нарынская область', capitalEn: 'Naryn', geonamesAdmin1: '04' },
  { iso: 'KG-O', level: 'oblast', soate: '41706000000000', nameEn: 'Osh', nameKy: 'Ош облусу', nameRu: 'Ошская область', capitalEn: 'Osh', geonamesAdmin1: '08' },
  { iso: 'KG-T', level: 'oblast', soate: '41707000000000', nameEn: 'Talas', nameKy: 'Талас облусу', nameRu: 'Таласская область', capitalEn: 'Talas', geonamesAdmin1: '06' },
  { iso: 'KG-Y', level: 'oblast', soate: '41702000000000', nameEn: 'Issyk-Kul', nameKy: 'Ысык-Көл облусу', nameRu: 'Иссык-Кульская область', capitalEn: 'Karakol', geonamesAdmin1: '07' },
  { iso: 'KG-GB', level: 'city', soate: '41711000000000', nameEn: 'Bishkek', nameKy: 'Бишкек шаары', nameRu: 'город Бишкек', capitalEn: null, geonamesAdmin1: '01' },
  { iso: 'KG-GO', level: 'city', soate: '41721000000000', nameEn: 'Osh', nameKy: 'Ош шаары', nameRu: 'город Ош', capitalEn: null, geonamesAdmin1: null },
];

export const TARGET_OBLASTS = ['KG-J', 'KG-O', 'KG-Y', 'KG-N'] as const;
export type TargetOblast = (typeof TARGET_OBLASTS)[number];

export interface RayonName {
  code: string;
  oblast: TargetOblast;
  nameEn: string;
  nameKy: string;
  nameRu: string;
  /** Administrative centre, as its GeoNames id in cities500. */
  centreGeonamesId: number;
  centreEn: string;
}

const r = (
  oblast: TargetOblast,
  slug: string,
  nameEn: string,
  nameKy: string,
  nameRu: string,
  centreGeonamesId: number,
  centreEn: string,
): RayonName => ({ code: `${oblast}-${slug}`, oblast, nameEn, nameKy, nameRu, centreGeonamesId, centreEn });

export const RAYONS: readonly RayonName[] = [
  r('KG-J', 'AKSY', 'Aksy', 'Аксы району', 'Аксыйский район', 1528052, 'Kerben'),
  r('KG-J', 'ALA-BUKA', 'Ala-Buka', 'Ала-Бука району', 'Ала-Букинский район', 1528875, 'Ala-Buka'),
  r('KG-J', 'BAZAR-KORGON', 'Bazar-Korgon', 'Базар-Коргон району', 'Базар-Коргонский район', 1528717, 'Bazar-Korgon'),
  r('KG-J', 'NOOKEN', 'Nooken', 'Ноокен району', 'Ноокенский район', 1527689, 'Massy'),
  r('KG-J', 'SUZAK', 'Suzak', 'Сузак району', 'Сузакский район', 1527317, 'Suzak'),
  r('KG-J', 'TOGUZ-TORO', 'Toguz-Toro', 'Тогуз-Торо району', 'Тогуз-Тороуский район', 1528005, 'Kazarman'),
  r('KG-J', 'TOKTOGUL', 'Toktogul', 'Токтогул району', 'Токтогульский район', 1538648, 'Toktogul'),
  r('KG-J', 'CHATKAL', 'Chatkal', 'Чаткал району', 'Чаткальский район', 1528190, 'Kanysh-Kyya'),
  r('KG-O', 'ALAY', 'Alay', 'Алай району', 'Алайский район', 1528320, "Gul'cha"),
  r('KG-O', 'ARAVAN', 'Aravan', 'Араван району', 'Араванский район', 1528831, 'Aravan'),
  r('KG-O', 'KARA-KULJA', 'Kara-Kulja', 'Кара-Кулжа району', 'Кара-Кульджинский район', 8145969, 'Kara-Kulja'),
  r('KG-O', 'KARA-SUU', 'Kara-Suu', 'Кара-Суу району', 'Кара-Сууский район', 1528091, 'Kara-Suu'),
  r('KG-O', 'NOOKAT', 'Nookat', 'Ноокат району', 'Ноокатский район', 1528339, 'Nookat'),
  r('KG-O', 'UZGEN', 'Uzgen', 'Өзгөн району', 'Узгенский район', 1527513, 'Uzgen'),
  r('KG-O', 'CHONG-ALAY', 'Chong-Alay', 'Чоң-Алай району', 'Чон-Алайский район', 1222683, 'Daroot-Korgon'),
  r('KG-Y', 'AK-SUU', 'Ak-Suu', 'Ак-Суу району', 'Ак-Суйский район', 1527232, 'Ak-Suu'),
  r('KG-Y', 'JETI-OGUZ', 'Jeti-Oguz', 'Жети-Өгүз району', 'Джети-Огузский район', 1527497, 'Kyzyl-Suu'),
  r('KG-Y', 'ISSYK-KUL', 'Issyk-Kul', 'Ысык-Көл району', 'Иссык-Кульский район', 1528512, 'Cholpon-Ata'),
  r('KG-Y', 'TONG', 'Tong', 'Тоң району', 'Тонский район', 1528666, 'Bokonbaevo'),
  r('KG-Y', 'TUP', 'Tup', 'Түп району', 'Тюпский район', 1527121, 'Tyup'),
  r('KG-N', 'AK-TALAA', 'Ak-Talaa', 'Ак-Талаа району', 'Ак-Талинский район', 1528766, 'Baetov'),
  r('KG-N', 'AT-BASHY', 'At-Bashy', 'Ат-Башы району', 'Ат-Башинский район', 1528796, 'At-Bashy'),
  r('KG-N', 'JUMGAL', 'Jumgal', 'Жумгал району', 'Джумгальский район', 1528566, 'Chaek'),
  r('KG-N', 'KOCHKOR', 'Kochkor', 'Кочкор району', 'Кочкорский район', 1527902, 'Kochkor'),
  r('KG-N', 'NARYN', 'Naryn', 'Нарын району', 'Нарынский район', 1527592, 'Naryn'),
];

/** GeoNames id of Osh city, drawn as a point because Natural Earth folds it into Osh oblast. */
export const OSH_CITY_GEONAMES_ID = 1527534;

/**
 * Russian and Kyrgyz names of GeoNames places in the four target oblasts (and a few others), chosen
 * from the place's GeoNames alternate names where they hold the right form; where they do not, the
 * value is supplied here and the town is marked cyrillic_origin 'supplied' in towns.geojson.
 */
export const TOWN_CYRILLIC: Readonly<Record<number, { ru: string; ky: string }>> = {
  1528675: { ru: 'Бишкек', ky: 'Бишкек' },
  1528875: { ru: 'Ала-Бука', ky: 'Ала-Бука' },
  1528717: { ru: 'Базар-Коргон', ky: 'Базар-Коргон' },
  1528249: { ru: 'Джалал-Абад', ky: 'Жалал-Абад' },
  1528190: { ru: 'Каныш-Кыя', ky: 'Каныш-Кыя' },
  1528005: { ru: 'Казарман', ky: 'Казарман' },
  1528052: { ru: 'Кербен', ky: 'Кербен' },
  1527903: { ru: 'Кочкор-Ата', ky: 'Кочкор-Ата' },
  1527689: { ru: 'Массы', ky: 'Массы' },
  1527317: { ru: 'Сузак', ky: 'Сузак' },
  1527260: { ru: 'Таш-Кумыр', ky: 'Таш-Көмүр' },
  1538648: { ru: 'Токтогул', ky: 'Токтогул' },
  8134212: { ru: 'Уч-Терек', ky: 'Үч-Терек' },
  1528796: { ru: 'Ат-Баши', ky: 'Ат-Башы' },
  1528766: { ru: 'Баетово', ky: 'Баетов' },
  1528566: { ru: 'Чаек', ky: 'Чаек' },
  1527902: { ru: 'Кочкор', ky: 'Кочкор' },
  1527592: { ru: 'Нарын', ky: 'Нарын' },
  1527232: { ru: 'Ак-Суу', ky: 'Ак-Суу' },
  1527004: { ru: 'Балыкчи', ky: 'Балыкчы' },
  1528666: { ru: 'Боконбаево', ky: 'Бөкөнбаев' },
  1528512: { ru: 'Чолпон-Ата', ky: 'Чолпон-Ата' },
  1528241: { ru: 'Каджи-Сай', ky: 'Кажы-Сай' },
  1528121: { ru: 'Каракол', ky: 'Каракол' },
  1527497: { ru: 'Кызыл-Суу', ky: 'Кызыл-Суу' },
  1527170: { ru: 'Тосор', ky: 'Тосор' },
  1527121: { ru: 'Тюп', ky: 'Түп' },
  1528831: { ru: 'Араван', ky: 'Араван' },
  1222683: { ru: 'Дароот-Коргон', ky: 'Дароот-Коргон' },
  1528320: { ru: 'Гульча', ky: 'Гүлчө' },
  1528091: { ru: 'Кара-Суу', ky: 'Кара-Суу' },
  8145969: { ru: 'Кара-Кульджа', ky: 'Кара-Кулжа' },
  1222606: { ru: 'Кызыл-Эшме', ky: 'Кызыл-Эшме' },
  1528339: { ru: 'Ноокат', ky: 'Ноокат' },
  1527534: { ru: 'Ош', ky: 'Ош' },
  1527513: { ru: 'Узген', ky: 'Өзгөн' },
  1527199: { ru: 'Токмак', ky: 'Токмок' },
  1527719: { ru: 'Кызыл-Кия', ky: 'Кызыл-Кыя' },
  1222635: { ru: 'Айдаркен', ky: 'Айдаркен' },
  1222662: { ru: 'Исфана', ky: 'Исфана' },
  1527919: { ru: 'Кызыл-Адыр', ky: 'Кызыл-Адыр' },
  1527688: { ru: 'Бакай-Ата', ky: 'Бакай-Ата' },
  1528606: { ru: 'Кемин', ky: 'Кемин' },
  1528053: { ru: 'Караван', ky: 'Караван' },
  7649203: { ru: 'Талас', ky: 'Талас' },
};

/** Reference points inside each water body we name; Natural Earth 1:50m lakes and rivers carry no names here. */
export const LAKE_NAMES = [
  { at: [77.3, 42.45], nameEn: 'Issyk-Kul', nameRu: 'Иссык-Куль', nameKy: 'Ысык-Көл', kind: 'lake' },
  { at: [72.95, 41.78], nameEn: 'Toktogul Reservoir', nameRu: 'Токтогульское водохранилище', nameKy: 'Токтогул суу сактагычы', kind: 'reservoir' },
] as const;

/** Where the Naryn meets the Kara-Darya and becomes the Syr Darya (a vertex of the 1:50m river line). */
export const NARYN_CONFLUENCE: [number, number] = [71.6, 40.91];
