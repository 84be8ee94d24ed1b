import { useTranslation } from 'react-i18next';
import { useChartSales } from '../hooks/use-chart-sales';
import { useLang } from '../i18n';
import type { ChartScope } from '../lib/api';
import { localName } from '../lib/names';
import type { Currency } from '../state/filters';
import { SINGLE_FILL } from './palette';
import { SalesBars } from './SalesBars';

/** Sales by oblast (GET /api/summary/sales?by=region); a click on a region sets the region filter. */
export function SalesByRegionChart({
  scope,
  currency,
  active,
  onToggle,
  updating = false,
}: {
  scope: ChartScope;
  currency: Currency;
  active: string | null;
  onToggle: (region: string) => void;
  /** A newer view's answers are on their way (hooks/use-settled-view.ts): shown as updating. */
  updating?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { query, csvUrl } = useChartSales(scope, 'region');
  return (
    <SalesBars
      id="sales-by-region"
      title={t('charts.salesByRegion.title')}
      summaryKey="charts.salesByRegion.summary"
      rowHeading={t('filters.region')}
      data={query.data}
      state={{ error: query.error, isPending: query.isPending, isPlaceholderData: query.isPlaceholderData || updating, refetch: () => void query.refetch() }}
      csvUrl={csvUrl}
      currency={currency}
      label={(key, name) => (name ? localName(name, lang) : key)}
      color={() => SINGLE_FILL}
      active={active}
      onToggle={onToggle}
    />
  );
}
