// Sales over time stacked by channel (GET /api/summary/sales?by=year_channel or month_channel). A click on a
// channel's segment or legend entry sets the channel filter; a click on a year under the bars narrows the period to
// that year; a second click clears either.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useChartSalesByChannel } from '../hooks/use-chart-sales';
import type { ChartScope, SalesChannel } from '../lib/api';
import { SALES_CHANNEL_ORDER } from '../lib/config';
import type { Currency } from '../state/filters';
import { channelRows } from './chart-data';
import { ChartFrame } from './ChartFrame';
import { ChartTable } from './ChartTable';
import { ACTIVE_STROKE, AXIS_COLOR, CHANNEL_FILL, GRID_COLOR } from './palette';
import { useChartFormat } from './use-chart-format';

export function SalesByChannelChart({
  scope,
  currency,
  by,
  activeYear,
  onToggleChannel,
  onToggleYear,
  updating = false,
  fill = false,
}: {
  scope: ChartScope;
  currency: Currency;
  /** Years, or months when the period is one year or a month range. */
  by: 'year' | 'month';
  /** The year the period is narrowed to, if it is one year. */
  activeYear: number | null;
  onToggleChannel: (channel: SalesChannel) => void;
  onToggleYear: (year: number) => void;
  /** A newer view's answers are on their way (hooks/use-settled-view.ts): shown as updating. */
  updating?: boolean;
  /** Fill the height the page gives the plot (the briefing's fixed boxes) instead of the atlas's fixed 220 px. */
  fill?: boolean;
}) {
  const { t } = useTranslation();
  const f = useChartFormat(currency);
  const { query, csvUrl } = useChartSalesByChannel(scope, by);
  const data = query.data;
  const pivot = data ? channelRows(data, currency) : { rows: [], channels: [] };
  const rows = pivot.rows;
  // The legend lists every channel in the map's order, so one can be picked even when it has no sales in scope.
  const channels = scope.channel !== null ? [scope.channel] : SALES_CHANNEL_ORDER.filter((c) => pivot.channels.includes(c));
  const active = scope.channel;
  const total = data ? (currency === 'USD' ? data.total.salesUsd : data.total.salesKgs) : null;
  const title = t('charts.salesByChannel.title');
  const yearOf = (key: string) => Number(key.slice(0, 4));
  // The axis scale (millions or thousands) follows the largest figure drawn; it only picks how ticks are written.
  const axis = f.moneyAxis(Math.max(0, ...rows.flatMap((r) => channels.map((c) => r[c] ?? 0))));

  const YearTick = ({ x, y, payload }: XAxisTickContentProps) => {
    const key = String(payload.value);
    const clickable = by === 'year';
    const isActive = clickable && activeYear === yearOf(key);
    return (
      <text
        x={Number(x)}
        y={Number(y) + 12}
        textAnchor="middle"
        fontSize={11}
        fill={isActive ? ACTIVE_STROKE : AXIS_COLOR}
        fontWeight={isActive ? 700 : 400}
        textDecoration={clickable ? 'underline' : undefined}
        style={clickable ? { cursor: 'pointer' } : undefined}
        data-testid={clickable ? 'chart-year-tick' : undefined}
        data-key={key}
        onClick={clickable ? () => onToggleYear(yearOf(key)) : undefined}
      >
        {f.period(key)}
      </text>
    );
  };

  return (
    <ChartFrame
      id="sales-by-channel"
      title={title}
      state={{ error: query.error, isPending: query.isPending, isPlaceholderData: query.isPlaceholderData || updating, refetch: () => void query.refetch() }}
      isEmpty={rows.length === 0}
      isSample={data?.isSample ?? false}
      csvUrl={csvUrl}
      summary={t('charts.salesByChannel.summary', { total: f.money(total), unit: f.unit })}
      controls={
        <ul className="chart__legend" aria-label={t('charts.salesByChannel.legend')}>
          {channels.map((c) => (
            <li key={c}>
              <button
                type="button"
                className={`chart__legend-item${active === c ? ' is-active' : ''}`}
                aria-pressed={active === c}
                data-testid="chart-channel"
                data-key={c}
                onClick={() => onToggleChannel(c)}
              >
                <span className="chart__swatch" style={{ background: CHANNEL_FILL[c] }} aria-hidden="true" />
                {t(`channel.${c}`)}
              </button>
            </li>
          ))}
        </ul>
      }
      table={
        <ChartTable
          caption={title}
          head={[t(by === 'year' ? 'charts.axis.year' : 'charts.axis.month'), ...channels.map((c) => t(`channel.${c}`))]}
          columns={channels}
          rows={rows.map((r) => ({
            key: r.key,
            label: f.period(r.key),
            cells: channels.map((c) => (r[c] === undefined ? '–' : f.money(r[c]))),
            active: by === 'year' && activeYear === yearOf(r.key),
          }))}
          onToggle={by === 'year' ? (key) => onToggleYear(yearOf(key)) : undefined}
        />
      }
      note={
        <>
          {t('charts.total')}: <span data-testid="chart-total">{f.money(total)}</span>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={fill ? '100%' : 220}>
        <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 16, left: 8 }}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="key" tick={YearTick} stroke={AXIS_COLOR} interval="preserveStartEnd" />
          <YAxis
            tickFormatter={axis.tick}
            stroke={AXIS_COLOR}
            fontSize={11}
            width={56}
            label={{ value: axis.label, angle: -90, position: 'insideLeft', fontSize: 11, dy: 50, dx: 4 }}
          />
          <Tooltip
            labelFormatter={(label) => f.period(String(label))}
            formatter={(v, name) => [f.money(typeof v === 'number' ? v : null), name]}
            cursor={{ fill: 'rgba(0,0,0,0.05)' }}
          />
          {channels.map((c) => (
            <Bar
              key={c}
              dataKey={c}
              name={t(`channel.${c}`)}
              stackId="sales"
              fill={CHANNEL_FILL[c]}
              stroke={active === c ? ACTIVE_STROKE : undefined}
              isAnimationActive={false}
              cursor="pointer"
              className={`chart-bar chart-bar--${c}`}
              onClick={() => onToggleChannel(c)}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
