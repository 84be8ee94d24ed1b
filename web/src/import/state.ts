// The import screen's state as pure updates (tested without a DOM): which dataset, file and reading options are
// chosen, and the reports of the dry run and of the import. A dry run vouches only for the file, dataset and
// options it checked, so changing any of them forgets it and the import must be checked again.
import type { ImportQuery, ImportReport } from '../lib/api';
import type { Lang } from '../lib/config';

export interface ReadingOptions {
  /** '' = detected by the server. */
  encoding: '' | 'utf-8' | 'windows-1251';
  delimiter: '' | ',' | ';' | 'tab';
  decimal: '' | '.' | ',';
  /** '' = the first sheet. */
  sheet: string;
  replace: boolean;
}

export interface ImportState {
  dataset: string;
  file: File | null;
  options: ReadingOptions;
  /** The report of the last dry run of exactly this dataset, file and options. */
  checked: ImportReport | null;
  /** The report of the import that followed it. */
  imported: ImportReport | null;
}

export const DEFAULT_OPTIONS: ReadingOptions = { encoding: '', delimiter: '', decimal: '', sheet: '', replace: false };

export const initialImportState = (dataset = ''): ImportState => ({
  dataset,
  file: null,
  options: DEFAULT_OPTIONS,
  checked: null,
  imported: null,
});

export type ImportAction =
  | { type: 'setDataset'; dataset: string }
  | { type: 'setFile'; file: File | null }
  | { type: 'setOption'; option: Partial<ReadingOptions> }
  | { type: 'checked'; report: ImportReport }
  | { type: 'imported'; report: ImportReport }
  | { type: 'startOver' };

const forget = (state: ImportState): ImportState => ({ ...state, checked: null, imported: null });

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'setDataset':
      return action.dataset === state.dataset ? state : forget({ ...state, dataset: action.dataset });
    case 'setFile':
      return forget({ ...state, file: action.file });
    case 'setOption':
      return forget({ ...state, options: { ...state.options, ...action.option } });
    case 'checked':
      return { ...state, checked: action.report, imported: null };
    case 'imported':
      return { ...state, imported: action.report };
    case 'startOver':
      return { ...initialImportState(state.dataset), options: state.options };
  }
}

/** Ready to be checked: a dataset and a file. */
export const canCheck = (state: ImportState): boolean => state.dataset !== '' && state.file !== null;

/** The import may be confirmed once a dry run of this very file found no error, and only once. */
export const canConfirm = (state: ImportState): boolean =>
  state.checked !== null && state.checked.status === 'dry_run' && state.checked.errors === 0 && state.imported === null;

/** The query of the upload: the options left to detection are not sent. */
export function importQuery(state: ImportState, dryRun: boolean, lang: Lang): ImportQuery {
  const { encoding, delimiter, decimal, sheet, replace } = state.options;
  return {
    dryRun,
    lang,
    ...(replace ? { replace: true } : {}),
    ...(encoding ? { encoding } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(decimal ? { decimal } : {}),
    ...(sheet.trim() ? { sheet: sheet.trim() } : {}),
  };
}
