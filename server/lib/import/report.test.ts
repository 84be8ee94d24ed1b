import { describe, expect, it } from 'vitest';
import { MESSAGES, problemText } from './messages.ts';
import { formatReport, sortProblems, summaryLine, toProblem } from './report.ts';
import type { ImportReport, Problem } from './types.ts';
import { LANGS } from './types.ts';

describe('messages', () => {
  it('word every problem in Kyrgyz, Russian and English with the same placeholders', () => {
    for (const [code, template] of Object.entries(MESSAGES)) {
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      for (const lang of LANGS) {
        expect(template.message[lang], `${code} ${lang}`).toMatch(/\S/);
        expect(placeholders(template.message[lang]), `${code} ${lang}`).toEqual(placeholders(template.message.en));
      }
    }
  });

  it('fill the params in and fall back to the readers\' own words for a read error', () => {
    expect(problemText('too_large', { max: 1000 }, 'ru')).toEqual({ message: 'Значение слишком велико; проверьте, нет ли опечатки.', expected: 'не больше 1000' });
    expect(problemText('truncated_zip', {}, 'en').message).toMatch(/cut off or damaged/);
  });
});

const problem = (severity: Problem['severity'], row?: number): Problem =>
  toProblem({ severity, code: 'required', ...(row ? { n: row } : {}), field: 'revenue_kgs', value: '', params: {} }, { file: 'sales.csv', lang: 'en', columns: new Map([['revenue_kgs', 'Выручка']]) });

describe('report', () => {
  it('puts errors before warnings, the file\'s own problems first, then rows in order', () => {
    const sorted = sortProblems([problem('warning', 2), problem('error', 9), problem('error'), problem('error', 3)]);
    expect(sorted.map((p) => [p.severity, p.row ?? 0])).toEqual([['error', 0], ['error', 3], ['error', 9], ['warning', 2]]);
    expect(sorted[1]).toMatchObject({ file: 'sales.csv', column: 'Выручка', expected: 'a value', message: 'This cell must be filled in.' });
  });

  const report = (status: ImportReport['status'], rejected: number, problems: Problem[] = []): ImportReport => {
    const base: Omit<ImportReport, 'summary'> = {
      status, dataset: 'sales', file: { name: 'sales.csv', bytes: 10, sha256: 'x' }, detected: null, dryRun: false, replace: false,
      lang: 'en', actor: null, counts: { rows: 5000, inserted: status === 'rejected' ? 0 : 10, updated: 0, unchanged: 0, rejected, deleted: 0 },
      errors: problems.filter((p) => p.severity === 'error').length, warnings: 0, problems, problemsNotListed: 0, dataVersion: null, ms: 1,
    };
    return { ...base, summary: summaryLine(base) };
  };

  it('says in one line what happened, with the four counts', () => {
    expect(report('imported', 0).summary).toBe('Imported 5000 rows into "Sales": 10 inserted, 0 updated, 0 unchanged, 0 deleted, 0 rejected.');
    expect(report('rejected', 1, [problem('error', 4)]).summary).toBe(
      'Rejected, nothing written: 1 of 5000 rows have errors, 1 errors in all. Correct them and import again. 0 inserted, 0 updated, 0 unchanged, 1 rejected.',
    );
    expect(report('rejected', 0, [problem('error')]).summary).toMatch(/^Rejected, nothing written: the file as a whole has 1 error/);
  });

  it('prints errors as a table naming the row, column, value and what was expected, then the summary', () => {
    const text = formatReport(report('rejected', 1, [problem('error', 4)]));
    expect(text.split('\n')).toEqual([
      'Errors (1)',
      '  Where  Column   Value  Expected  Problem',
      '  row 4  Выручка         a value   This cell must be filled in.',
      '',
      expect.stringMatching(/^Rejected, nothing written/),
    ]);
  });
});
