import { describe, expect, it } from 'vitest';
import { formatCompactMoney, formatHectares, formatInteger, formatMoney, formatShare, formatSmallCount, formatSom, formatUsd, supported } from './format';

// Intl uses (narrow) no-break spaces for grouping in ky/ru; compare with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatSom', () => {
  it('writes 63 million som with spaces and "сом" in Kyrgyz and Russian', () => {
    expect(plain(formatSom(63_000_000, 'ky'))).toBe('63 000 000 сом');
    expect(plain(formatSom(63_000_000, 'ru'))).toBe('63 000 000 сом');
  });
  it('writes 63 million som with commas and "som" in English', () => {
    expect(formatSom(63_000_000, 'en')).toBe('63,000,000\u00a0som');
    expect(plain(formatSom(63_000_000, 'en'))).toBe('63,000,000 som');
  });
  it('rounds to whole som', () => {
    expect(plain(formatSom(1234.6, 'en'))).toBe('1,235 som');
  });
});

describe('formatUsd', () => {
  it('puts US$ before the amount in English and after it in Kyrgyz and Russian', () => {
    expect(formatUsd(724_137.93, 'en')).toBe('US$724,138');
    expect(plain(formatUsd(724_137.93, 'ru'))).toBe('724 138 US$');
    expect(plain(formatUsd(724_137.93, 'ky'))).toBe('724 138 US$');
  });
});

describe('formatInteger', () => {
  it('keeps only the digits of the value when separators are stripped', () => {
    for (const lang of ['ky', 'ru', 'en'] as const) {
      expect(formatInteger(4_321, lang).replace(/\D/g, '')).toBe('4321');
    }
  });
});

describe('formatHectares and formatShare', () => {
  it('uses га in Kyrgyz and Russian, ha in English', () => {
    expect(plain(formatHectares(1500.4, 'ru'))).toBe('1 500 га');
    expect(formatHectares(1500.4, 'en')).toBe('1,500\u00a0ha');
  });
  it('gives a whole percentage and a dash when there is nothing to divide by', () => {
    expect(formatShare(62, 100, 'en')).toBe('62%');
    expect(formatShare(1, 0, 'en')).toBe('–');
  });
  it('hides disaggregated counts under five', () => {
    expect(formatSmallCount(3, 'en')).toBe('<5');
    expect(formatSmallCount(0, 'en')).toBe('0');
    expect(formatSmallCount(5, 'en')).toBe('5');
  });
});

describe('supported', () => {
  it('skips a locale the runtime lacks (Chromium has no Kyrgyz number data) for the next one', () => {
    expect(supported(['xx-KG', 'ru-KG'])).toEqual(['ru-KG']);
    expect(supported(['en-US'])).toEqual(['en-US']);
  });
});

describe('compact money', () => {
  it('writes millions of som in words in English and as млн in Kyrgyz and Russian', () => {
    expect(plain(formatCompactMoney(63_000_000, 'KGS', 'en'))).toBe('63.0 million som');
    expect(plain(formatCompactMoney(63_000_000, 'KGS', 'ru'))).toBe('63,0 млн сом');
    expect(plain(formatCompactMoney(63_000_000, 'KGS', 'ky'))).toBe('63,0 млн сом');
  });
  it('writes US dollars in millions with two decimals', () => {
    expect(plain(formatCompactMoney(724_138, 'USD', 'en'))).toBe('$0.72 M');
    expect(plain(formatCompactMoney(724_138, 'USD', 'ru'))).toBe('0,72 млн US$');
  });
  it('uses thousands below a million and whole amounts below a thousand', () => {
    expect(plain(formatCompactMoney(450_000, 'KGS', 'en'))).toBe('450.0 thousand som');
    expect(plain(formatCompactMoney(12_345, 'USD', 'en'))).toBe('$12.3 K');
    expect(plain(formatCompactMoney(950, 'KGS', 'ru'))).toBe('950 сом');
    expect(plain(formatCompactMoney(0, 'USD', 'en'))).toBe('US$0');
  });
  it('writes full amounts in the chosen currency', () => {
    expect(plain(formatMoney(63_000_000, 'KGS', 'ru'))).toBe('63 000 000 сом');
    expect(plain(formatMoney(724_138, 'USD', 'en'))).toBe('US$724,138');
  });
});
