// The charts beside the map, in a scrolling panel: the period control and the active filters on top, then sales
// (over time by channel, by region, by category), people, restoration and the indicators. Every chart asks the API
// with one scope (state/chart-scope.ts: the filters plus the map's selection), and a click on a bar sets a filter
// in the same view state the map reads, so map and charts follow each other both ways. After a filter switch the
// charts and the map change together, once every answer the view needs is in (hooks/use-settled-view.ts, held by App).
// Default export: App loads it with React.lazy, so recharts stays out of the map's first bundle.
import { useCallback, useMemo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorChart } from '../../charts/IndicatorChart';
import { ParticipantsChart } from '../../charts/ParticipantsChart';
import { RestorationChart } from '../../charts/RestorationChart';
import { SalesByCategoryChart } from '../../charts/SalesByCategoryChart';
import { SalesByChannelChart } from '../../charts/SalesByChannelChart';
import { SalesByRegionChart } from '../../charts/SalesByRegionChart';
import type { SettledView } from '../../hooks/use-settled-view';
import type { ProductCategory, SalesChannel } from '../../lib/api';
import { salesTimeGrouping } from '../../state/chart-scope';
import { singleYear, type Currency } from '../../state/filters';
import type { ViewAction, ViewState } from '../../state/view-state';
import { FilterChips } from '../filters/FilterChips';
import { PeriodControl } from '../period/PeriodControl';
import '../../charts/charts.css';

export interface ChartsPanelProps {
  view: ViewState;
  /** What every chart is narrowed to: chartScope(view) as the page has settled it (the map draws the same filters). */
  settled: SettledView;
  dispatch: Dispatch<ViewAction>;
  currency: Currency;
  /** Show the period control and the filter chips on top (false when the page shows them elsewhere). */
  controls?: boolean;
}

export default function ChartsPanel({ view, settled, dispatch, currency, controls = true }: ChartsPanelProps) {
  const { t } = useTranslation();
  // The charts draw the last view whose answers are all in; the period control and the chips follow `view` at once.
  const { shown, updating } = settled;
  const { scope, filters } = shown;
  const by = salesTimeGrouping(filters);
  const activeYear = filters.monthFrom === null && filters.monthTo === null ? singleYear(filters) : null;

  const toggleRegion = useCallback((region: string) => dispatch({ type: 'toggleFilter', key: 'region', value: region }), [dispatch]);
  const toggleCategory = useCallback(
    (category: ProductCategory) => dispatch({ type: 'toggleFilter', key: 'category', value: category }),
    [dispatch],
  );
  const toggleChannel = useCallback((channel: SalesChannel) => dispatch({ type: 'toggleFilter', key: 'channel', value: channel }), [dispatch]);
  const toggleYear = useCallback((year: number) => dispatch({ type: 'toggleYear', year }), [dispatch]);

  return (
    <section className="charts-panel" aria-labelledby="charts-title" data-testid="charts-panel">
      <h2 className="charts-panel__title" id="charts-title">
        {t('charts.title')}
      </h2>
      {controls && (
        <div className="charts-panel__controls">
          <PeriodControl filters={view.filters} dispatch={dispatch} />
          <FilterChips view={view} dispatch={dispatch} />
        </div>
      )}
      <p className="charts-panel__hint">{t('charts.hint')}</p>
      <SalesByChannelChart
        scope={scope}
        currency={currency}
        by={by}
        activeYear={activeYear}
        onToggleChannel={toggleChannel}
        onToggleYear={toggleYear}
        updating={updating}
      />
      <SalesByRegionChart scope={scope} currency={currency} active={filters.region} onToggle={toggleRegion} updating={updating} />
      <SalesByCategoryChart scope={scope} currency={currency} active={filters.category} onToggle={toggleCategory} updating={updating} />
      <ParticipantsChart scope={scope} currency={currency} updating={updating} />
      <RestorationChart scope={scope} currency={currency} activeYear={activeYear} onToggleYear={toggleYear} updating={updating} />
      <IndicatorChart scope={scope} currency={currency} updating={updating} />
    </section>
  );
}
