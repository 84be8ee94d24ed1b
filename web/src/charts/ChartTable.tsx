// A chart's numbers as a table: one row per bar, each with a toggle button that sets or clears the same filter a
// click on the bar does (so the cross-filter works from the keyboard and a screen reader too).
import { useTranslation } from 'react-i18next';

export interface ChartTableRow {
  key: string;
  label: string;
  cells: readonly string[];
  /** This row's value is the active filter. */
  active?: boolean;
}

export function ChartTable({
  caption,
  head,
  columns,
  rows,
  onToggle,
}: {
  caption: string;
  /** Column headings: the row heading's first, then one per cell. */
  head: readonly string[];
  /** A stable name per cell column (a channel, a field), written on each cell for tests and styling. */
  columns: readonly string[];
  rows: readonly ChartTableRow[];
  onToggle?: (key: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="chart-table" data-testid="chart-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key} className={r.active ? 'is-active' : undefined}>
            <th scope="row">
              {onToggle ? (
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={r.active ?? false}
                  title={r.active ? t('charts.clearFilterBy', { name: r.label }) : t('charts.filterBy', { name: r.label })}
                  onClick={() => onToggle(r.key)}
                >
                  {r.label}
                </button>
              ) : (
                r.label
              )}
            </th>
            {r.cells.map((c, i) => (
              <td key={i} data-column={columns[i]}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
