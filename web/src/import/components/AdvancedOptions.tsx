// What the server otherwise detects (encoding, separator, decimal mark, sheet), and replacing a dataset whole.
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportAction, ReadingOptions } from '../state';

const ENCODINGS = ['', 'utf-8', 'windows-1251'] as const;
const DELIMITERS = ['', ',', ';', 'tab'] as const;
const DECIMALS = ['', '.', ','] as const;
const DELIMITER_KEYS: Record<(typeof DELIMITERS)[number], string> = { '': 'auto', ',': 'comma', ';': 'semicolon', tab: 'tab' };
const DECIMAL_KEYS: Record<(typeof DECIMALS)[number], string> = { '': 'auto', '.': 'point', ',': 'comma' };

export function AdvancedOptions({ options, dispatch, disabled }: { options: ReadingOptions; dispatch: Dispatch<ImportAction>; disabled: boolean }) {
  const { t } = useTranslation();
  const set = (option: Partial<ReadingOptions>) => dispatch({ type: 'setOption', option });
  return (
    <details className="import-details" data-testid="import-advanced">
      <summary>{t('import.options.title')}</summary>
      <fieldset className="import-options" disabled={disabled}>
        <legend className="visually-hidden">{t('import.options.title')}</legend>
        <label className="import-field">
          <span className="import-field__label">{t('import.options.encoding')}</span>
          <select
            className="import-input"
            value={options.encoding}
            onChange={(e) => set({ encoding: e.target.value as ReadingOptions['encoding'] })}
            data-testid="import-option-encoding"
          >
            {ENCODINGS.map((v) => (
              <option key={v} value={v}>
                {v === '' ? t('import.options.auto') : v === 'utf-8' ? 'UTF-8' : 'Windows-1251'}
              </option>
            ))}
          </select>
        </label>
        <label className="import-field">
          <span className="import-field__label">{t('import.options.delimiter')}</span>
          <select
            className="import-input"
            value={options.delimiter}
            onChange={(e) => set({ delimiter: e.target.value as ReadingOptions['delimiter'] })}
            data-testid="import-option-delimiter"
          >
            {DELIMITERS.map((v) => (
              <option key={v} value={v}>
                {t(`import.options.delimiters.${DELIMITER_KEYS[v]}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="import-field">
          <span className="import-field__label">{t('import.options.decimal')}</span>
          <select
            className="import-input"
            value={options.decimal}
            onChange={(e) => set({ decimal: e.target.value as ReadingOptions['decimal'] })}
            data-testid="import-option-decimal"
          >
            {DECIMALS.map((v) => (
              <option key={v} value={v}>
                {t(`import.options.decimals.${DECIMAL_KEYS[v]}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="import-field">
          <span className="import-field__label">{t('import.options.sheet')}</span>
          <input
            className="import-input"
            value={options.sheet}
            maxLength={100}
            placeholder={t('import.options.sheetPlaceholder')}
            onChange={(e) => set({ sheet: e.target.value })}
            data-testid="import-option-sheet"
          />
        </label>
        <label className="import-check">
          <input type="checkbox" checked={options.replace} onChange={(e) => set({ replace: e.target.checked })} data-testid="import-option-replace" />
          <span>
            {t('import.options.replace')}
            <span className="import-field__hint">{t('import.options.replaceHint')}</span>
          </span>
        </label>
      </fieldset>
    </details>
  );
}
