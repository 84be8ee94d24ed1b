// The body rows of the results table: one row per indicator and region, and, when opened, one row per group
// (women, men, youth) with the same columns.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultGroup, ResultRow } from '../../hooks/use-results';
import { useLang } from '../../i18n';
import { localName } from '../../lib/names';
import { StatusMark } from './StatusMark';
import { formatPercent, formatValue, type Unit } from './values';

type Figures = Pick<ResultRow, 'baseline' | 'baselineYear' | 'latestYear' | 'latestActual' | 'latestTarget' | 'endTarget' | 'endYear' | 'percentOfEndTarget' | 'status'>;

function FigureCells({ f, unit, withheld = false }: { f: Figures; unit: Unit; withheld?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const none = (
    <span className="results__none">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('results.notReported')}</span>
    </span>
  );
  return (
    <>
      <td className="num" data-col="baseline">
        {formatValue(f.baseline, unit, lang)}
        <span className="results__year">{f.baselineYear}</span>
      </td>
      <td className="num" data-col="latestActual">
        {withheld ? (
          <span className="results__withheld" title={t('results.withheldHint')}>{t('results.withheld')}</span>
        ) : f.latestActual === null ? (
          none
        ) : (
          <>
            <span data-testid="results-actual">{formatValue(f.latestActual, unit, lang)}</span>
            <span className="results__year">{f.latestYear}</span>
          </>
        )}
      </td>
      <td className="num" data-col="latestTarget">
        {f.latestTarget === null ? none : formatValue(f.latestTarget, unit, lang)}
      </td>
      <td className="num" data-col="endTarget">
        {formatValue(f.endTarget, unit, lang)}
        <span className="results__year">{f.endYear}</span>
      </td>
      <td className="num" data-col="percentOfEndTarget">
        {f.percentOfEndTarget === null ? none : (
          <span className="results__percent">
            <span className="results__bar" aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(100, f.percentOfEndTarget))}%` }} />
            </span>
            {formatPercent(f.percentOfEndTarget, lang)}
          </span>
        )}
      </td>
      <td data-col="status">
        <StatusMark status={f.status} />
      </td>
    </>
  );
}

function GroupRow({ row, group, id, span }: { row: ResultRow; group: ResultGroup; id: string; span: number }) {
  const { t } = useTranslation();
  return (
    <tr className="results__group" id={id} data-testid="results-group-row" data-group={group.group}>
      <td />
      <th scope="row" colSpan={span} className="results__group-name">
        {t(`results.group.${group.group}`)}
        {group.derived && <span className="results__derived" title={t('results.derivedHint')}> *</span>}
      </th>
      <FigureCells f={group} unit={row.unit} withheld={group.withheld} />
    </tr>
  );
}

export interface ResultRowsProps {
  rows: readonly ResultRow[];
  open: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** The region column (left out when every row is of one region). */
  showRegion: boolean;
}

export const rowKey = (row: ResultRow) => `${row.indicator}|${row.region ?? ''}`;

export function ResultRows({ rows, open, onToggle, showRegion }: ResultRowsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <tbody>
      {rows.map((row) => {
        const key = rowKey(row);
        const isOpen = open.has(key);
        const groupIds = row.groups.map((g) => `results-${key.replace(/[^A-Za-z0-9-]/g, '_')}-${g.group}`);
        return (
          <Fragment key={key}>
            <tr data-testid="results-row" data-indicator={row.indicator} data-region={row.region ?? ''}>
              <td className="results__toggle-cell">
                {row.groups.length > 0 && (
                  <button
                    type="button"
                    className="results__toggle"
                    aria-expanded={isOpen}
                    aria-controls={isOpen ? groupIds.join(' ') : undefined}
                    data-testid="results-expand"
                    onClick={() => onToggle(key)}
                  >
                    <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                    <span className="visually-hidden">
                      {t(isOpen ? 'results.hideGroups' : 'results.showGroups', { name: localName(row.name, lang) })}
                    </span>
                  </button>
                )}
              </td>
              <th scope="row" data-col="indicator" className="results__indicator">
                <span className="results__name">{localName(row.name, lang)}</span>
                <span className="results__code">
                  {row.indicator} · {t(`results.unit.${row.unit}`)}
                  {!row.higherIsBetter && ` · ${t('results.lowerIsBetter')}`}
                </span>
              </th>
              {showRegion && (
                <td data-col="region">{row.region === null ? t('results.national') : localName(row.regionName, lang) || row.region}</td>
              )}
              <FigureCells f={row} unit={row.unit} />
            </tr>
            {isOpen && row.groups.map((g, i) => <GroupRow key={g.group} row={row} group={g} id={groupIds[i]!} span={showRegion ? 2 : 1} />)}
          </Fragment>
        );
      })}
    </tbody>
  );
}
