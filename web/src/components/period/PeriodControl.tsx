// The period of the map and the charts together: a year range, months at its ends (they narrow the sales), and a
// play button that steps through the years. Everything it sets is in the URL (from/to).
import { useId, useMemo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { salesYears } from '../../lib/period';
import { NO_PERIOD, singleYear, type Filters, type Period } from '../../state/filters';
import type { ViewAction } from '../../state/view-state';
import { usePlay } from './use-play';
import './period-control.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function PeriodControl({ filters, dispatch }: { filters: Filters; dispatch: Dispatch<ViewAction> }) {
  const { t } = useTranslation();
  const id = useId();
  const years = useMemo(() => salesYears().slice().reverse(), []);
  const period: Period = { yearFrom: filters.yearFrom, yearTo: filters.yearTo, monthFrom: filters.monthFrom, monthTo: filters.monthTo };
  const set = (next: Partial<Period>) => dispatch({ type: 'setPeriod', period: { ...period, ...next } });
  const shown = singleYear(filters);
  const play = usePlay(years, shown, (year) => dispatch({ type: 'setPeriod', period: { ...NO_PERIOD, yearFrom: year, yearTo: year } }));

  const yearSelect = (which: 'yearFrom' | 'yearTo', label: string) => (
    <div className="period-control__field">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <select
        id={`${id}-${which}`}
        value={period[which] === null ? '' : String(period[which])}
        data-testid={`period-${which}`}
        onChange={(e) => set({ [which]: e.target.value === '' ? null : Number(e.target.value) })}
      >
        <option value="">{t('charts.period.anyYear')}</option>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
  const monthSelect = (which: 'monthFrom' | 'monthTo', label: string, disabled: boolean) => (
    <div className="period-control__field">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <select
        id={`${id}-${which}`}
        value={period[which] === null ? '' : String(period[which])}
        disabled={disabled}
        data-testid={`period-${which}`}
        onChange={(e) => set({ [which]: e.target.value === '' ? null : Number(e.target.value) })}
      >
        <option value="">{t('charts.period.wholeYear')}</option>
        {MONTHS.map((m) => (
          <option key={m} value={String(m)}>
            {t(`charts.month.${m}`)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset className="period-control" data-testid="period-control">
      <legend className="period-control__legend">{t('charts.period.label')}</legend>
      <div className="period-control__row">
        {yearSelect('yearFrom', t('charts.period.from'))}
        {yearSelect('yearTo', t('charts.period.to'))}
        <button
          type="button"
          className="button period-control__play"
          aria-pressed={play.playing}
          data-testid="period-play"
          onClick={play.playing ? play.stop : play.start}
        >
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            {play.playing ? <path d="M3 2h2v8H3zM7 2h2v8H7z" fill="currentColor" /> : <path d="M3 1.5v9l7-4.5z" fill="currentColor" />}
          </svg>
          {play.playing ? t('charts.period.pause') : t('charts.period.play')}
        </button>
      </div>
      <div className="period-control__row">
        {monthSelect('monthFrom', t('charts.period.fromMonth'), period.yearFrom === null)}
        {monthSelect('monthTo', t('charts.period.toMonth'), period.yearTo === null)}
      </div>
      <p className="period-control__hint">{t('charts.period.monthsHint')}</p>
      <p className="visually-hidden" aria-live="polite" data-testid="period-status">
        {play.playing && shown !== null ? t('charts.period.playing', { year: shown }) : ''}
      </p>
    </fieldset>
  );
}
