// One bar per row of a sales summary (a region, a product category), horizontal so the names fit; a click on a bar
// sets that filter, a second click clears it. Shared by SalesByRegionChart and SalesByCategoryChart.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { SalesSummary } from '../lib/api';
import type { Currency } from '../state/filters';
import { salesBars } from './chart-data';
import { ChartFrame, type ChartQueryState } from './ChartFrame';
import { ChartTable } from './ChartTable';
import { ACTIVE_STROKE, AXIS_COLOR, GRID_COLOR } from './palette';
import { useChartFormat } from './use-chart-format';

export interface SalesBarsProps {
  id: string;
  title: string;
  /** i18n key of the one-sentence summary (count, total, unit). */
  summaryKey: string;
  /** Heading of the rows' column. */
  rowHeading: string;
  data: SalesSummary | undefined;
  state: ChartQueryState;
  csvUrl: string;
  currency: Currency;
  label: (key: string, name: SalesSummary['rows'][number]['name']) => string;
  color: (key: string) => string;
  /** The key that is the active filter, if any. */
  active: string | null;
  onToggle: (key: string) => void;
}

export function SalesBars({ id, title, summaryKey, rowHeading, data, state, csvUrl, currency, label, color, active, onToggle }: SalesBarsProps) {
  const { t } = useTranslation();
  const f = useChartFormat(currency);
  const bars = data ? salesBars(data, currency).map((b) => ({ ...b, label: label(b.key, b.name) })) : [];
  const total = data ? (currency === 'USD' ? data.total.salesUsd : data.total.salesKgs) : null;
  const height = Math.max(120, bars.length * 28 + 40);
  const axis = f.moneyAxis(Math.max(0, ...bars.map((b) => b.value ?? 0)));
  return (
    <ChartFrame
      id={id}
      title={title}
      state={state}
      isEmpty={bars.length === 0}
      isSample={data?.isSample ?? false}
      csvUrl={csvUrl}
      summary={t(summaryKey, { total: f.money(total), unit: f.unit })}
      table={
        <ChartTable
          caption={title}
          head={[rowHeading, t('charts.axis.sales', { unit: f.unit })]}
          columns={['value']}
          rows={[
            ...bars.map((b) => ({ key: b.key, label: b.label, cells: [f.money(b.value)], active: b.key === active })),
          ]}
          onToggle={onToggle}
        />
      }
      note={
        <>
          {t('charts.total')}: <span data-testid="chart-total">{f.money(total)}</span>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart accessibilityLayer={false} data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 16, left: 4 }}>
          <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
          <XAxis
            type="number"
            tickFormatter={axis.tick}
            stroke={AXIS_COLOR}
            fontSize={11}
            label={{ value: axis.label, position: 'insideBottom', offset: -8, fontSize: 11 }}
          />
          <YAxis type="category" dataKey="label" width={110} stroke={AXIS_COLOR} fontSize={11} interval={0} />
          <Tooltip formatter={(v) => f.money(typeof v === 'number' ? v : null)} cursor={{ fill: 'rgba(0,0,0,0.05)' }} />
          <Bar
            dataKey="value"
            name={t('charts.axis.sales', { unit: f.unit })}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => {
              const bar = bars[index];
              if (bar) onToggle(bar.key);
            }}
          >
            {bars.map((b) => (
              <Cell
                key={b.key}
                fill={color(b.key)}
                stroke={b.key === active ? ACTIVE_STROKE : undefined}
                strokeWidth={b.key === active ? 3 : 0}
                fillOpacity={active === null || b.key === active ? 1 : 0.45}
                data-key={b.key}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
