// Number, money and period formats for the charts in the chosen language and currency (all from lib/format.ts).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import type { PeopleCount } from '../lib/api';
import { formatCompactMoney, formatDecimal, formatHectares, formatInteger, formatMoney } from '../lib/format';
import type { Currency } from '../state/filters';

export function useChartFormat(currency: Currency) {
  const { t } = useTranslation();
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      /** Money in full, or "no exchange rate" when the API has no US$ figure for it. */
      money: (value: number | null | undefined) => (value === null || value === undefined ? t('charts.noRate') : formatMoney(value, currency, lang)),
      /** Money in a few characters (tooltips of small charts). */
      moneyShort: (value: number) => formatCompactMoney(value, currency, lang),
      unit: t(`charts.unit.${currency}`),
      /**
       * A money axis scaled to its largest value: ticks in millions or thousands ("60", "1,5") and the axis label
       * naming the scale ("Sales, million som"), so ticks stay short in a narrow panel.
       */
      moneyAxis: (max: number) => {
        const unit = t(`charts.unit.${currency}`);
        const scale = max >= 1e6 ? { by: 1e6, key: 'million' } : max >= 1e4 ? { by: 1e3, key: 'thousand' } : null;
        return {
          tick: (value: number) => formatDecimal(scale ? value / scale.by : value, lang, 1),
          label: t('charts.axis.sales', { unit: scale ? t(`charts.scale.${scale.key}`, { unit }) : unit }),
        };
      },
      hectares: (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatHectares(value, lang)),
      number: (value: number) => formatInteger(value, lang),
      decimal: (value: number, digits = 1) => formatDecimal(value, lang, digits),
      /** A people count as the API sends it: "<5" stays "<5". */
      people: (value: PeopleCount) => (typeof value === 'number' ? formatInteger(value, lang) : value),
      /** "2024", or "Mar 2024" for a month key "2024-03". */
      period: (key: string) => {
        const m = /^(\d{4})-(\d{2})$/.exec(key);
        return m ? t('charts.monthYear', { month: t(`charts.month.${Number(m[2])}`), year: m[1] }) : key;
      },
    }),
    [t, lang, currency],
  );
}
export type ChartFormat = ReturnType<typeof useChartFormat>;
