import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_YEARS, optionToYear, salesYears, yearToOption } from '../../lib/period';

const RANGE = 'range';

/** Chooses the sales year of the totals: all years or one year from the first with sales to this one. */
export function PeriodSelect({
  year,
  onChange,
  ranged = false,
}: {
  year: number | null;
  onChange: (year: number | null) => void;
  /** The filters hold a range of several years: shown as its own (unselectable) choice. */
  ranged?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="period">
      <label className="period__label" htmlFor={id}>
        {t('summary.periodLabel')}
      </label>
      <select
        id={id}
        className="period__select"
        data-testid="period-select"
        value={ranged ? RANGE : yearToOption(year)}
        onChange={(e) => onChange(optionToYear(e.target.value))}
      >
        {ranged && (
          <option value={RANGE} disabled>
            {t('summary.rangeOption')}
          </option>
        )}
        <option value={ALL_YEARS}>{t('summary.allYears')}</option>
        {salesYears().map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
