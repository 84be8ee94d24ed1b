import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../lib/api';
import { canCheck, canConfirm, importQuery, importReducer, initialImportState, type ImportState } from './state';

const report = (status: ImportReport['status'], errors = 0): ImportReport => ({
  status,
  dataset: 'sales',
  file: { name: 'sales.csv', bytes: 10, sha256: 'a'.repeat(64) },
  detected: { format: 'csv' },
  dryRun: status === 'dry_run',
  replace: false,
  lang: 'en',
  actor: 'aida',
  counts: { rows: 1, inserted: 1, updated: 0, unchanged: 0, rejected: errors ? 1 : 0, deleted: 0 },
  errors,
  warnings: 0,
  problems: [],
  problemsNotListed: 0,
  dataVersion: null,
  summary: '',
  ms: 5,
});

const file = new File(['product_code\n'], 'sales.csv');
const ready: ImportState = { ...initialImportState('sales'), file };

describe('the import screen state', () => {
  it('can be checked once a dataset and a file are chosen', () => {
    expect(canCheck(initialImportState())).toBe(false);
    expect(canCheck(initialImportState('sales'))).toBe(false);
    expect(canCheck(ready)).toBe(true);
  });

  it('allows confirming only after a dry run without errors, and only once', () => {
    expect(canConfirm(ready)).toBe(false);
    const checked = importReducer(ready, { type: 'checked', report: report('dry_run') });
    expect(canConfirm(checked)).toBe(true);
    expect(canConfirm(importReducer(ready, { type: 'checked', report: report('rejected', 2) }))).toBe(false);
    expect(canConfirm(importReducer(checked, { type: 'imported', report: report('imported') }))).toBe(false);
  });

  it('forgets the dry run when the dataset, the file or an option changes', () => {
    const checked = importReducer(ready, { type: 'checked', report: report('dry_run') });
    expect(importReducer(checked, { type: 'setDataset', dataset: 'villages' }).checked).toBeNull();
    expect(importReducer(checked, { type: 'setDataset', dataset: 'sales' }).checked).not.toBeNull();
    expect(importReducer(checked, { type: 'setFile', file: new File(['x'], 'other.csv') }).checked).toBeNull();
    expect(importReducer(checked, { type: 'setOption', option: { replace: true } }).checked).toBeNull();
  });

  it('starts over with the same dataset and options but no file or reports', () => {
    const withOptions = importReducer(ready, { type: 'setOption', option: { encoding: 'windows-1251' } });
    const done = importReducer(importReducer(withOptions, { type: 'checked', report: report('dry_run') }), { type: 'imported', report: report('imported') });
    expect(importReducer(done, { type: 'startOver' })).toEqual({ ...initialImportState('sales'), options: withOptions.options });
  });

  it('sends only the options that are set, with the screen language', () => {
    expect(importQuery(ready, true, 'ru')).toEqual({ dryRun: true, lang: 'ru' });
    const forced = importReducer(ready, { type: 'setOption', option: { encoding: 'windows-1251', delimiter: 'tab', decimal: ',', sheet: ' Продажи ', replace: true } });
    expect(importQuery(forced, false, 'ky')).toEqual({
      dryRun: false,
      lang: 'ky',
      replace: true,
      encoding: 'windows-1251',
      delimiter: 'tab',
      decimal: ',',
      sheet: 'Продажи',
    });
  });
});
