// Two of the atlas's charts (web/src/charts/), narrowed to the briefing's scope: sales over time by channel, and
// restoration against plan and target. On paper nothing is clickable, so their filter callbacks do nothing; the
// CSV links and data tables are hidden by briefing.css.
import { useTranslation } from 'react-i18next';
import { RestorationChart } from '../charts/RestorationChart';
import { SalesByChannelChart } from '../charts/SalesByChannelChart';
import type { ChartScope } from '../lib/api';
import { hasMonths, type Filters, type Currency } from '../state/filters';

const NOOP = () => {};

export function BriefingCharts({ scope, filters, year, currency }: { scope: ChartScope; filters: Filters; year: number | null; currency: Currency }) {
  const { t } = useTranslation();
  return (
    <section className="briefing-charts" aria-label={t('briefing.chartsTitle')}>
      <div className="briefing-chart">
        <SalesByChannelChart
          scope={scope}
          currency={currency}
          by={hasMonths(filters) || year !== null ? 'month' : 'year'}
          activeYear={year}
          onToggleChannel={NOOP}
          onToggleYear={NOOP}
          fill
        />
      </div>
      <div className="briefing-chart">
        <RestorationChart scope={scope} currency={currency} activeYear={year} onToggleYear={NOOP} fill />
      </div>
    </section>
  );
}
