import { useTranslation } from 'react-i18next';
import { useChartSales } from '../hooks/use-chart-sales';
import type { ChartScope, ProductCategory } from '../lib/api';
import { CATEGORY_ORDER } from '../lib/config';
import type { Currency } from '../state/filters';
import { CATEGORY_FILL, SINGLE_FILL } from './palette';
import { SalesBars } from './SalesBars';

const isCategory = (key: string): key is ProductCategory => (CATEGORY_ORDER as readonly string[]).includes(key);

/** Sales by product category (GET /api/summary/sales?by=category) in the map's category colours; a click filters. */
export function SalesByCategoryChart({
  scope,
  currency,
  active,
  onToggle,
  updating = false,
}: {
  scope: ChartScope;
  currency: Currency;
  active: ProductCategory | null;
  onToggle: (category: ProductCategory) => void;
  /** A newer view's answers are on their way (hooks/use-settled-view.ts): shown as updating. */
  updating?: boolean;
}) {
  const { t } = useTranslation();
  const { query, csvUrl } = useChartSales(scope, 'category');
  return (
    <SalesBars
      id="sales-by-category"
      title={t('charts.salesByCategory.title')}
      summaryKey="charts.salesByCategory.summary"
      rowHeading={t('filters.category')}
      data={query.data}
      state={{ error: query.error, isPending: query.isPending, isPlaceholderData: query.isPlaceholderData || updating, refetch: () => void query.refetch() }}
      csvUrl={csvUrl}
      currency={currency}
      label={(key) => (isCategory(key) ? t(`productCategory.${key}`) : key)}
      color={(key) => (isCategory(key) ? CATEGORY_FILL[key] : SINGLE_FILL)}
      active={active}
      onToggle={(key) => {
        if (isCategory(key)) onToggle(key);
      }}
    />
  );
}
