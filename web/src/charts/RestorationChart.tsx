// Restoration hectares by the year the work is due to end (GET /api/summary/restoration): planned and done as bars,
// the running total done as a line, and the target (every hectare planned at the sites in scope, to 2029) as a
// dashed line across. A click on a year narrows the period to it.
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useChartRestoration } from '../hooks/use-chart-restoration';
import type { ChartScope } from '../lib/api';
import type { Currency } from '../state/filters';
import { restorationRows } from './chart-data';
import { ChartFrame } from './ChartFrame';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { AXIS_COLOR, GRID_COLOR, RESTORATION_FILL } from './palette';
import { useChartFormat } from './use-chart-format';

const NO_DATE = 'none';

export function RestorationChart({
  scope,
  currency,
  activeYear,
  onToggleYear,
  updating = false,
  fill = false,
}: {
  scope: ChartScope;
  currency: Currency;
  activeYear: number | null;
  onToggleYear: (year: number) => void;
  /** A newer view's answers are on their way (hooks/use-settled-view.ts): shown as updating. */
  updating?: boolean;
  /** Fill the height the page gives the plot (the briefing's fixed boxes) instead of the atlas's fixed 220 px. */
  fill?: boolean;
}) {
  const { t } = useTranslation();
  const f = useChartFormat(currency);
  const { query, csvUrl } = useChartRestoration(scope);
  const data = query.data;
  const rows = data ? restorationRows(data).map((r) => ({ ...r, key: r.year === null ? NO_DATE : String(r.year) })) : [];
  const label = (key: string) => (key === NO_DATE ? t('charts.restoration.noEndDate') : key);
  const title = t('charts.restoration.title');
  const target = data?.total.targetHa ?? 0;
  const names = {
    planned: t('charts.restoration.planned'),
    done: t('charts.restoration.done'),
    cumulativeDone: t('charts.restoration.cumulativeDone'),
    target: t('charts.restoration.target'),
  };

  return (
    <ChartFrame
      id="restoration"
      title={title}
      state={{ error: query.error, isPending: query.isPending, isPlaceholderData: query.isPlaceholderData || updating, refetch: () => void query.refetch() }}
      isEmpty={rows.length === 0 && target === 0}
      isSample={data?.isSample ?? false}
      csvUrl={csvUrl}
      summary={t('charts.restoration.summary', { done: f.hectares(data?.total.doneHa), target: f.hectares(data?.total.targetHa) })}
      controls={
        <ChartLegend
          label={title}
          items={[
            { key: 'planned', name: names.planned, color: RESTORATION_FILL.planned },
            { key: 'done', name: names.done, color: RESTORATION_FILL.done },
            { key: 'cumulativeDone', name: names.cumulativeDone, color: RESTORATION_FILL.done, dashed: false },
            { key: 'target', name: names.target, color: RESTORATION_FILL.target, dashed: true },
          ]}
        />
      }
      note={
        <>
          {names.target}: <span data-testid="chart-target">{f.hectares(data?.total.targetHa)}</span> · {names.done}:{' '}
          <span data-testid="chart-done">{f.hectares(data?.total.doneHa)}</span>
          {data?.total.percentDone !== null && data?.total.percentDone !== undefined && ` (${f.decimal(data.total.percentDone)} %)`}
        </>
      }
      table={
        <ChartTable
          caption={title}
          head={[t('charts.axis.year'), names.planned, names.done, names.cumulativeDone, t('charts.restoration.cumulativePlanned')]}
          columns={['plannedHa', 'doneHa', 'cumulativeDoneHa', 'cumulativePlannedHa']}
          rows={rows.map((r) => ({
            key: r.key,
            label: label(r.key),
            cells: [f.hectares(r.plannedHa), f.hectares(r.doneHa), f.hectares(r.cumulativeDoneHa), f.hectares(r.cumulativePlannedHa)],
            active: r.year !== null && r.year === activeYear,
          }))}
          onToggle={(key) => {
            if (key !== NO_DATE) onToggleYear(Number(key));
          }}
        />
      }
    >
      <ResponsiveContainer width="100%" height={fill ? '100%' : 220}>
        <ComposedChart
          accessibilityLayer={false}
          data={rows}
          margin={{ top: 16, right: 8, bottom: 16, left: 8 }}
          onClick={(state) => {
            const key = state?.activeLabel;
            if (key !== undefined && key !== null && String(key) !== NO_DATE) onToggleYear(Number(key));
          }}
        >
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="key" tickFormatter={label} stroke={AXIS_COLOR} fontSize={11} />
          <YAxis
            stroke={AXIS_COLOR}
            fontSize={11}
            width={64}
            tickFormatter={f.number}
            domain={[0, (max: number) => Math.max(max, target)]}
            label={{ value: t('charts.axis.hectares'), angle: -90, position: 'insideLeft', fontSize: 11, dy: 30 }}
          />
          <Tooltip labelFormatter={(l) => label(String(l))} formatter={(v, name) => [f.hectares(typeof v === 'number' ? v : null), name]} />
          <Bar dataKey="plannedHa" name={names.planned} fill={RESTORATION_FILL.planned} isAnimationActive={false} cursor="pointer" />
          <Bar dataKey="doneHa" name={names.done} fill={RESTORATION_FILL.done} isAnimationActive={false} cursor="pointer" />
          <Line dataKey="cumulativeDoneHa" name={names.cumulativeDone} stroke={RESTORATION_FILL.done} strokeWidth={2} dot isAnimationActive={false} connectNulls={false} />
          {target > 0 && (
            <ReferenceLine
              y={target}
              stroke={RESTORATION_FILL.target}
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{ value: `${names.target}: ${f.hectares(target)}`, position: 'insideTopRight', fontSize: 11, fill: RESTORATION_FILL.target }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
