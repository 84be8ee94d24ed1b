// Producers and training participants by sex and by age group (GET /api/summary/participants): two stacked bars per
// group, one split women/men, one youth/adults. A count of 1 to 4 people comes as "<5" and is shown as "<5", never
// as a number; it draws no bar.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useChartParticipants } from '../hooks/use-chart-participants';
import type { ChartScope, PeopleCount } from '../lib/api';
import type { Currency } from '../state/filters';
import { barLength, peopleRows, type PeopleRow } from './chart-data';
import { ChartFrame } from './ChartFrame';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { AXIS_COLOR, GRID_COLOR, PEOPLE_FILL } from './palette';
import { useChartFormat } from './use-chart-format';

const SERIES = [
  { key: 'women', stack: 'sex' },
  { key: 'men', stack: 'sex' },
  { key: 'youth', stack: 'age' },
  { key: 'adult', stack: 'age' },
] as const;

export function ParticipantsChart({ scope, currency, updating = false }: { scope: ChartScope; currency: Currency; updating?: boolean }) {
  const { t } = useTranslation();
  const f = useChartFormat(currency);
  const { query, csvUrl } = useChartParticipants(scope);
  const rows = query.data ? peopleRows(query.data) : [];
  const label = (key: string) =>
    key === 'producers' || key === 'trainings' ? t(`charts.participants.${key}`) : t(`charts.participants.topic.${key}`);
  const drawn = rows.map((r) => ({
    ...r,
    label: label(r.key),
    ...Object.fromEntries(SERIES.map((s) => [`${s.key}Bar`, barLength(r[s.key])])),
  }));
  const isEmpty = rows.every((r) => r.total === 0);
  const hasSmall = rows.some((r) => SERIES.some((s) => r[s.key] === '<5') || r.total === '<5');
  const title = t('charts.participants.title');
  const seriesName = (key: (typeof SERIES)[number]['key']) =>
    `${t(`charts.participants.${key}`)} (${t(key === 'women' || key === 'men' ? 'charts.participants.bySex' : 'charts.participants.byAge')})`;
  const people = (v: PeopleCount) => f.people(v);

  return (
    <ChartFrame
      id="participants"
      title={title}
      state={{ error: query.error, isPending: query.isPending, isPlaceholderData: query.isPlaceholderData || updating, refetch: () => void query.refetch() }}
      isEmpty={isEmpty}
      isSample={query.data?.isSample ?? false}
      csvUrl={csvUrl}
      summary={t('charts.participants.summary')}
      note={hasSmall ? t('charts.participants.small') : undefined}
      controls={<ChartLegend label={title} items={SERIES.map((s) => ({ key: s.key, name: seriesName(s.key), color: PEOPLE_FILL[s.key] }))} />}
      table={
        <ChartTable
          caption={title}
          head={[
            t('charts.participants.group'),
            t('charts.total'),
            ...SERIES.map((s) => t(`charts.participants.${s.key}`)),
          ]}
          columns={['total', ...SERIES.map((s) => s.key)]}
          rows={rows.map((r: PeopleRow) => ({
            key: r.key,
            label: label(r.key),
            cells: [people(r.total), ...SERIES.map((s) => people(r[s.key]))],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 56 + 40)}>
        <BarChart accessibilityLayer={false} data={drawn} layout="vertical" margin={{ top: 4, right: 36, bottom: 16, left: 4 }} barGap={2}>
          <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
          <XAxis
            type="number"
            allowDecimals={false}
            stroke={AXIS_COLOR}
            fontSize={11}
            tickFormatter={f.number}
            label={{ value: t('charts.axis.people'), position: 'insideBottom', offset: -8, fontSize: 11 }}
          />
          <YAxis type="category" dataKey="label" width={120} stroke={AXIS_COLOR} fontSize={11} interval={0} />
          <Tooltip
            formatter={(_v, name, item) => {
              const s = SERIES.find((x) => `${x.key}Bar` === item.dataKey);
              const row = rows[drawn.findIndex((d) => d === item.payload)];
              return [s && row ? people(row[s.key]) : '', name];
            }}
            cursor={{ fill: 'rgba(0,0,0,0.05)' }}
          />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={`${s.key}Bar`} name={seriesName(s.key)} stackId={s.stack} fill={PEOPLE_FILL[s.key]} isAnimationActive={false}>
              <LabelList
                dataKey={s.key}
                position={s.key === 'men' || s.key === 'adult' ? 'right' : 'insideLeft'}
                fontSize={10}
                fill={AXIS_COLOR}
                formatter={(v: unknown) => (v === '<5' ? '<5' : '')}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
