// Step one: the dataset (with its templates and columns), the file and the reading options.
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDatasets } from '../../lib/api';
import { formatDecimal } from '../../lib/format';
import { useLang } from '../../i18n';
import type { ImportAction, ImportState } from '../state';
import { AdvancedOptions } from './AdvancedOptions';
import { DatasetColumns } from './DatasetColumns';

/** What the file input offers first (any file can still be chosen; the server says what it cannot read). */
const ACCEPT = '.csv,.txt,.tsv,.xlsx,.geojson,.json,.zip';

export function ImportForm({
  state,
  dispatch,
  datasets,
  busy,
  fileKey,
}: {
  state: ImportState;
  dispatch: Dispatch<ImportAction>;
  datasets: ImportDatasets;
  busy: boolean;
  /** Changes when the file input must be emptied (starting over). */
  fileKey: number;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const chosen = datasets.datasets.find((d) => d.name === state.dataset);
  return (
    <section className="card import-card" aria-labelledby="import-form-title">
      <h2 id="import-form-title" className="import-card__title">
        {t('import.form.title')}
      </h2>
      <div className="import-form">
        <label className="import-field">
          <span className="import-field__label">{t('import.form.dataset')}</span>
          <select
            className="import-input"
            value={state.dataset}
            disabled={busy}
            onChange={(e) => dispatch({ type: 'setDataset', dataset: e.target.value })}
            data-testid="import-dataset"
          >
            <option value="">{t('import.form.chooseDataset')}</option>
            {datasets.datasets.map((d) => (
              <option key={d.name} value={d.name}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        {chosen && <DatasetColumns dataset={chosen} />}
        <label className="import-field">
          <span className="import-field__label">{t('import.form.file')}</span>
          <input
            key={fileKey}
            className="import-input import-input--file"
            type="file"
            accept={ACCEPT}
            disabled={busy}
            onChange={(e) => dispatch({ type: 'setFile', file: e.target.files?.[0] ?? null })}
            aria-describedby="import-file-hint"
            data-testid="import-file"
          />
          <span id="import-file-hint" className="import-field__hint">
            {t('import.form.fileHint', { size: formatDecimal(datasets.maxBytes / 1_048_576, lang, 0) })}
          </span>
        </label>
        <AdvancedOptions options={state.options} dispatch={dispatch} disabled={busy} />
      </div>
    </section>
  );
}
