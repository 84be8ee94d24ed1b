// The signed-in editor's flow: choose dataset and file → dry run → the report (errors first) → Confirm import
// (only when the dry run of this very file found no error) → the result; the recent history below.
import { useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useLang } from '../../i18n';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { Skeleton } from '../../components/common/Skeleton';
import { useImportDatasets, useImportUpload, useMe } from '../hooks';
import { canCheck, canConfirm, importQuery, importReducer, initialImportState } from '../state';
import { ImportForm } from './ImportForm';
import { ImportHistory } from './ImportHistory';
import { ReportView } from './ReportView';

export function ImportWorkspace() {
  const { t } = useTranslation();
  const lang = useLang();
  const datasets = useImportDatasets(lang);
  const me = useMe();
  const upload = useImportUpload();
  const [state, dispatch] = useReducer(importReducer, undefined, () => initialImportState());
  const [fileKey, setFileKey] = useState(0);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);

  const run = (dryRun: boolean) => {
    if (!state.file) return;
    setRunning(dryRun ? 'check' : 'import');
    upload.mutate(
      { dataset: state.dataset, file: state.file, query: importQuery(state, dryRun, lang) },
      {
        // An import the server refuses after all (the data changed since the dry run) shows as a new check.
        onSuccess: (report) => dispatch(report.status === 'imported' ? { type: 'imported', report } : { type: 'checked', report }),
        onError: (error) => {
          // The sign-in ended meanwhile: ask who is signed in again, which brings back the sign-in form.
          if (error instanceof ApiError && error.status === 401) void me.refetch();
        },
        onSettled: () => setRunning(null),
      },
    );
  };
  const cancel = () => {
    upload.cancel();
    setRunning(null);
  };
  const startOver = () => {
    dispatch({ type: 'startOver' });
    setFileKey((k) => k + 1);
    upload.reset();
  };

  if (datasets.isPending) return <Skeleton height="8em" />;
  if (datasets.error) return <ErrorNotice error={datasets.error} onRetry={() => void datasets.refetch()} />;

  const busy = running !== null;
  const report = state.imported ?? state.checked;
  const confirmable = canConfirm(state);
  const why = !state.checked ? t('import.actions.checkFirst') : state.checked.errors > 0 ? t('import.actions.fixErrors') : null;
  const uploadError = upload.error && !(upload.error instanceof DOMException) ? upload.error : null;

  return (
    <>
      <ImportForm state={state} dispatch={dispatch} datasets={datasets.data} busy={busy} fileKey={fileKey} />
      <div className="import-actions import-actions--main">
        {!state.imported && (
          <>
            <button type="button" className="button" disabled={!canCheck(state) || busy} onClick={() => run(true)} data-testid="import-check">
              {t('import.actions.check')}
            </button>
            <button
              type="button"
              className="button button--confirm"
              disabled={!confirmable || busy}
              aria-describedby={why && !confirmable ? 'import-confirm-why' : undefined}
              onClick={() => run(false)}
              data-testid="import-confirm"
            >
              {t('import.actions.confirm')}
            </button>
            {why && state.file && (
              <span id="import-confirm-why" className="import-field__hint">
                {why}
              </span>
            )}
          </>
        )}
        {state.imported && (
          <button type="button" className="button" onClick={startOver} data-testid="import-start-over">
            {t('import.actions.startOver')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" className="import-progress" data-testid="import-progress">
        {busy && (
          <>
            <span className="spinner" aria-hidden="true" />
            <span>{running === 'check' ? t('import.actions.checking') : t('import.actions.importing')}</span>
            <button type="button" className="button button--quiet" onClick={cancel} data-testid="import-cancel">
              {t('import.actions.cancel')}
            </button>
          </>
        )}
      </div>
      {uploadError && <UploadErrorNotice error={uploadError} maxBytes={datasets.data.maxBytes} />}
      {report && !busy && <ReportView report={report} />}
      <ImportHistory datasets={datasets.data.datasets} />
    </>
  );
}

/** The refusals a person meets most, in their language; anything else as the server words it. */
function UploadErrorNotice({ error, maxBytes }: { error: Error; maxBytes: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (error instanceof ApiError && [401, 403, 413].includes(error.status)) {
    const key = error.status === 401 ? 'signedOut' : error.status === 403 ? 'forbidden' : 'tooLarge';
    return (
      <p className="import-message import-message--error" role="alert" data-testid="import-upload-error">
        {t(`import.errors.${key}`, { size: Math.round(maxBytes / 1_048_576), detail: error.detail ?? '' })}
        {lang !== 'en' && error.detail && <span className="import-field__hint">{error.detail}</span>}
      </p>
    );
  }
  return <ErrorNotice error={error} />;
}
