/** A chart's key: a swatch (solid, or dashed for a line) and a name per series. */
export function ChartLegend({ items, label }: { items: readonly { key: string; name: string; color: string; dashed?: boolean }[]; label: string }) {
  return (
    <ul className="chart__legend" aria-label={label}>
      {items.map((i) => (
        <li key={i.key} className="chart__legend-item chart__legend-item--static">
          <span
            className={`chart__swatch${i.dashed ? ' chart__swatch--dashed' : ''}`}
            style={i.dashed ? { borderColor: i.color } : { background: i.color }}
            aria-hidden="true"
          />
          {i.name}
        </li>
      ))}
    </ul>
  );
}
