import { useId } from 'react';

export interface Option {
  value: string;
  label: string;
}

/** A labelled select whose first option means "not filtered" (value ''). */
export function FilterSelect({
  label,
  anyLabel,
  value,
  options,
  onChange,
  testId,
  disabled = false,
}: {
  label: string;
  anyLabel: string;
  value: string | null;
  options: readonly Option[];
  onChange: (value: string | null) => void;
  testId: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label className="filter__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="filter__select"
        data-testid={testId}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
