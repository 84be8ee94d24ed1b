import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_YEARS, optionToYear, salesYears, yearToOption } from '../../lib/period';

/** Chooses the sales year of the totals: all years or one year from the first with sales to this one. */
export function PeriodSelect({ year, onChange }: { year: number | null; onChange: (year: number | null) => void }) {
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
        value={yearToOption(year)}
        onChange={(e) => onChange(optionToYear(e.target.value))}
      >
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
