// Number, money and share formatting per interface language. Pure, so it is tested without a DOM.
import { LOCALES, type Lang } from './config';

const NBSP = '\u00a0';
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(supported(LOCALES[lang]), options);
    cache.set(key, f);
  }
  return f;
}

/** The first of `locales` this runtime has data for (Intl would silently use its default otherwise). */
export function supported(locales: readonly string[]): string[] {
  const found = Intl.NumberFormat.supportedLocalesOf([...locales], { localeMatcher: 'lookup' });
  return found.length > 0 ? found.slice(0, 1) : [...locales];
}

/** A count: whole number with the language's grouping ("63 000 000" / "63,000,000"). */
export function formatInteger(value: number, lang: Lang): string {
  return formatter(lang, { maximumFractionDigits: 0 }).format(Math.round(value));
}

/** A measured quantity with up to `digits` decimals ("1 234,5" / "1,234.5"). */
export function formatDecimal(value: number, lang: Lang, digits = 1): string {
  return formatter(lang, { maximumFractionDigits: digits }).format(value);
}

/** Whole som: "63 000 000 сом" (ky, ru), "63,000,000 som" (en). */
export function formatSom(value: number, lang: Lang): string {
  return `${formatInteger(value, lang)}${NBSP}${lang === 'en' ? 'som' : 'сом'}`;
}

/** Whole US dollars: "US$724,138" (en), "724 138 US$" (ky, ru). */
export function formatUsd(value: number, lang: Lang): string {
  const n = formatInteger(value, lang);
  return lang === 'en' ? `US$${n}` : `${n}${NBSP}US$`;
}

/** Whole hectares: "1 234 га" / "1,234 ha". */
export function formatHectares(value: number, lang: Lang): string {
  return `${formatInteger(value, lang)}${NBSP}${lang === 'en' ? 'ha' : 'га'}`;
}

/** part / total as a whole percentage; "–" when the total is zero. */
export function formatShare(part: number, total: number, lang: Lang): string {
  if (!(total > 0)) return '–';
  return formatter(lang, { style: 'percent', maximumFractionDigits: 0 }).format(part / total);
}

/** A disaggregated count under 5 people is shown as "<5" (no personal data leaves the server either). */
export function formatSmallCount(value: number, lang: Lang): string {
  return value > 0 && value < 5 ? '<5' : formatInteger(value, lang);
}

function fixed(value: number, lang: Lang, digits: number): string {
  return formatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/**
 * Money in a few characters, for a secondary figure: "63.0 million som" / "63,0 млн сом", "$0.72 M" /
 * "0,72 млн US$"; thousands as "450.0 thousand som" / "450,0 тыс. сом", "$12.3 K"; smaller amounts whole.
 */
export function formatCompactMoney(value: number, currency: 'KGS' | 'USD', lang: Lang): string {
  const en = lang === 'en';
  const abs = Math.abs(value);
  if (currency === 'KGS') {
    if (abs >= 1e6) return `${fixed(value / 1e6, lang, 1)}${NBSP}${en ? 'million som' : 'млн сом'}`;
    if (abs >= 1e3) return `${fixed(value / 1e3, lang, 1)}${NBSP}${en ? 'thousand som' : 'тыс. сом'}`;
    return formatSom(value, lang);
  }
  if (abs >= 1e5) return en ? `$${fixed(value / 1e6, lang, 2)}${NBSP}M` : `${fixed(value / 1e6, lang, 2)}${NBSP}млн US$`;
  if (abs >= 1e3) return en ? `$${fixed(value / 1e3, lang, 1)}${NBSP}K` : `${fixed(value / 1e3, lang, 1)}${NBSP}тыс. US$`;
  return formatUsd(value, lang);
}

/** Money in full in the chosen currency: "63 000 000 сом", "US$724,138". */
export function formatMoney(value: number, currency: 'KGS' | 'USD', lang: Lang): string {
  return currency === 'KGS' ? formatSom(value, lang) : formatUsd(value, lang);
}
