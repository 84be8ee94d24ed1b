// How a results-framework value reads in the table: the unit decides the decimals; "<5" is shown as it comes.
import type { ResultRow } from '../../hooks/use-results';
import type { Lang } from '../../lib/config';
import { formatDecimal, formatInteger } from '../../lib/format';

export type Unit = ResultRow['unit'];

/** A figure of `unit` (money in whole som, hectares and percentages with a decimal, counts whole). */
export function formatValue(value: number | '<5', unit: Unit, lang: Lang): string {
  if (value === '<5') return value;
  switch (unit) {
    case 'hectares':
    case 'percent':
      return formatDecimal(value, lang, 1);
    case 'kgs':
      return formatInteger(value, lang);
    default:
      return Number.isInteger(value) ? formatInteger(value, lang) : formatDecimal(value, lang, 2);
  }
}

/** Progress from the baseline to the end target: "43.8 %" in the language's way. */
export function formatPercent(value: number, lang: Lang): string {
  return `${formatDecimal(value, lang, 1)}${lang === 'en' ? '' : '\u00a0'}%`;
}
