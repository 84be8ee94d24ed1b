// One results-framework indicator at a time (chosen from a list): its actual against its target by year
// (GET /api/summary/indicators), for the region in scope or the national figure. An actual of 1 to 4 people comes
// as "<5": shown as "<5", with no point on the line.
import { useId, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useChartIndicators } from '../hooks/use-chart-indicators';
import { useLang } from '../i18n';
import type { ChartScope, IndicatorRow } from '../lib/api';
import { localName } from '../lib/names';
import type { Currency } from '../state/filters';
import { indicatorList, indicatorRegion, indicatorSeries } from './chart-data';
import { ChartFrame } from './ChartFrame';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { AXIS_COLOR, GRID_COLOR, INDICATOR_STROKE } from './palette';
import { useChartFormat } from './use-chart-format';

export function IndicatorChart({ scope, currency, updating = false }: { scope: ChartScope; currency: Currency; updating?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = useChartFormat(currency);
  const selectId = useId();
  const { query, csvUrl } = useChartIndicators(scope);
  const data = query.data;
  const list = data ? indicatorList(data) : [];
  const [chosen, setChosen] = useState<string | null>(null);
  const code = list.find((i) => i.code === chosen)?.code ?? list[0]?.code ?? null;
  const indicator = list.find((i) => i.code === code);
  const region = data && code ? indicatorRegion(data, code, scope.region) : null;
  const series = data && code ? indicatorSeries(data, code, region) : [];
  const regionName = data?.rows.find((r) => r.region === region && r.regionName)?.regionName;
  const where = region === null ? t('charts.indicators.national') : t('charts.indicators.regionFigures', { region: localName(regionName, lang) || region });
  const unit = indicator ? t(`charts.indicators.unit.${indicator.unit}`) : '';
  const value = (v: IndicatorRow['actual']) =>
    v === null ? t('charts.indicators.notReported') : v === '<5' ? '<5' : indicator?.unit === 'hectares' ? f.hectares(v) : f.decimal(v, 1);
  const title = t('charts.indicators.title');
  const names = { actual: t('charts.indicators.actual'), target: t('charts.indicators.target') };

  return (
    <ChartFrame
      id="indicators"
      title={title}
      state={{ error: query.error, isPending: query.isPending, isPlaceholderData: query.isPlaceholderData || updating, refetch: () => void query.refetch() }}
      isEmpty={series.length === 0}
      isSample={data?.isSample ?? false}
      csvUrl={csvUrl}
      summary={t('charts.indicators.summary', { name: localName(indicator?.name, lang), where })}
      controls={
        <>
          {list.length > 0 && (
            <div className="chart__control">
              <label htmlFor={selectId}>{t('charts.indicators.choose')}</label>
              <select id={selectId} value={code ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="indicator-select">
                {list.map((i) => (
                  <option key={i.code} value={i.code}>
                    {i.code} · {localName(i.name, lang)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ChartLegend
            label={title}
            items={[
              { key: 'actual', name: names.actual, color: INDICATOR_STROKE.actual },
              { key: 'target', name: names.target, color: INDICATOR_STROKE.target, dashed: true },
            ]}
          />
        </>
      }
      note={`${localName(indicator?.name, lang)} (${unit}), ${where}`}
      table={
        <ChartTable
          caption={`${title}: ${localName(indicator?.name, lang)}, ${where}`}
          head={[
            t('charts.axis.year'),
            t('charts.indicators.baseline'),
            names.target,
            names.actual,
            t('charts.indicators.percentOfTarget'),
            t('charts.indicators.status'),
          ]}
          columns={['baseline', 'target', 'actual', 'percentOfTarget', 'status']}
          rows={series.map((p) => ({
            key: String(p.year),
            label: String(p.year),
            cells: [
              value(p.baseline),
              value(p.target),
              value(p.actualValue),
              p.percentOfTarget === null ? '–' : `${f.decimal(p.percentOfTarget)} %`,
              t(`charts.indicators.statusName.${p.status}`),
            ],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height={200}>
        <LineChart accessibilityLayer={false} data={series} margin={{ top: 8, right: 12, bottom: 16, left: 8 }}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="year" stroke={AXIS_COLOR} fontSize={11} />
          <YAxis
            stroke={AXIS_COLOR}
            fontSize={11}
            width={64}
            tickFormatter={(v: number) => f.decimal(v, 1)}
            label={{ value: unit, angle: -90, position: 'insideLeft', fontSize: 11, dy: 20 }}
          />
          <Tooltip
            formatter={(_v, name, item) => {
              const p = series.find((s) => s === item.payload);
              if (!p) return ['', name];
              return [item.dataKey === 'target' ? value(p.target) : value(p.actualValue), name];
            }}
          />
          <Line dataKey="target" name={names.target} stroke={INDICATOR_STROKE.target} strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line dataKey="actual" name={names.actual} stroke={INDICATOR_STROKE.actual} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
