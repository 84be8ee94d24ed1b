import { describe, expect, it } from 'vitest';
import { buildIndex, fold, search, transliterate, type SearchItem } from './search';

const site: SearchItem = {
  kind: 'site',
  id: 'KG-J-01',
  name: { ky: 'Көкчөкөз', ru: 'Кокчокоз', en: 'Kökchököz' },
  position: [72.787, 41.09],
};
const village: SearchItem = {
  kind: 'village',
  id: 'KG-J-V07',
  name: { ky: 'Жалал-Абад', ru: 'Джалал-Абад', en: 'Jalal-Abad' },
  position: [73, 40.9],
};
const product: SearchItem = {
  kind: 'product',
  id: 'P-001',
  name: { ky: 'Ысык-Көл балы', ru: 'Иссык-Кульский мёд', en: 'Issyk-Kul honey' },
  position: [77, 42.5],
};
const kochkor: SearchItem = {
  kind: 'village',
  id: 'KG-N-V01',
  name: { ky: 'Кочкор', ru: 'Кочкор', en: 'Kochkor' },
  position: [75.8, 42.2],
};
const index = buildIndex([site, village, product, kochkor]);
const ids = (q: string) => search(index, q).map((i) => i.id);

describe('fold', () => {
  it('transliterates Kyrgyz and Russian Cyrillic', () => {
    expect(transliterate('көкчөкөз')).toBe('kokchokoz');
    expect(transliterate('жаңы')).toBe('zhangy');
  });
  it('spells Latin, Russian and Kyrgyz forms of one name the same', () => {
    expect(fold('Kökchököz')).toBe(fold('Кокчокоз'));
    expect(fold('Көкчөкөз')).toBe(fold('kokchokoz'));
    expect(fold('Джалал-Абад')).toBe(fold('Jalal-Abad'));
    expect(fold('Жалал-Абад')).toBe(fold('jalal abad'));
  });
  it('ignores case, spaces, hyphens and punctuation', () => {
    expect(fold('  KOK-chokoz! ')).toBe(fold('kokchokoz'));
  });
});

describe('search', () => {
  it.each(['kokchokoz', 'Кокчокоз', 'Көкчөкөз', 'Kökchököz', 'kokch', 'КОКЧ'])('"%s" finds the site Kökchököz', (q) => {
    expect(ids(q)[0]).toBe('KG-J-01');
  });
  it('finds villages and products by a name in any language', () => {
    expect(ids('Jalal')).toEqual(['KG-J-V07']);
    expect(ids('Джалал')).toEqual(['KG-J-V07']);
    expect(ids('мёд')).toEqual(['P-001']);
    expect(ids('honey')).toEqual(['P-001']);
    expect(ids('балы')).toEqual(['P-001']);
  });
  it('finds by code', () => {
    expect(ids('kg-j-01')).toEqual(['KG-J-01']);
  });
  it('puts names that start with the query first', () => {
    const idx = buildIndex([product, { ...site, name: { ky: 'Кулу', ru: 'Кулу', en: 'Kulu' } }]);
    expect(search(idx, 'kul').map((i) => i.id)).toEqual(['KG-J-01', 'P-001']);
  });
  it('finds nothing for an empty, one-letter or unmatched query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('k')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
    expect(ids('!!!')).toEqual([]);
  });
  it('returns at most `limit` results', () => {
    expect(search(index, 'a', 8)).toHaveLength(0);
    expect(search(index, 'ko', 1)).toHaveLength(1);
  });
});
