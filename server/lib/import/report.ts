// The import report: problems worded in the user's language and put in order (errors first, then by row), the
// summary line, and the plain-text table the command line prints.
import { DATASETS } from './datasets/index.ts';
import { problemText } from './messages.ts';
import { fill } from './read/messages.ts';
import type { ImportReport, Lang, Problem, Severity, Texts } from './types.ts';

/** Enough to read and act on; a file wrong in every row says so in its counts rather than in 100,000 lines. */
export const MAX_LISTED_PROBLEMS = 1000;

export interface RawProblem {
  severity: Severity;
  code: string;
  /** Row or feature number; 0 or absent = the whole file. */
  n?: number;
  field?: string;
  /** The file's header, when the problem is about a column the dataset does not know. */
  column?: string;
  value?: string;
  params: Record<string, string | number>;
}

export interface ProblemContext {
  file: string;
  lang: Lang;
  /** field → the column's header as written in the file */
  columns: ReadonlyMap<string, string>;
}

export function toProblem(raw: RawProblem, ctx: ProblemContext): Problem {
  const { message, expected } = problemText(raw.code, raw.params, ctx.lang);
  const column = raw.column ?? (raw.field ? ctx.columns.get(raw.field) : undefined);
  return {
    severity: raw.severity,
    code: raw.code,
    file: ctx.file,
    ...(raw.n ? { row: raw.n } : {}),
    ...(raw.field ? { field: raw.field } : {}),
    ...(column ? { column } : {}),
    ...(raw.value !== undefined ? { value: raw.value } : {}),
    ...(expected !== undefined ? { expected } : {}),
    message,
    params: raw.params,
  };
}

/** Errors before warnings; the file's own problems before rows; rows in file order (stable within a row). */
export function sortProblems<T extends { severity: Severity; n?: number; row?: number }>(problems: readonly T[]): T[] {
  const row = (p: T) => p.n ?? p.row ?? 0;
  return [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || row(a) - row(b));
}

const SUMMARY: Readonly<Record<ImportReport['status'] | 'rejected_file', Texts>> = {
  imported: {
    ky: '«{{dataset}}» ичине {{rows}} сап импорттолду: {{inserted}} кошулду, {{updated}} жаңыртылды, {{unchanged}} өзгөргөн жок, {{deleted}} өчүрүлдү, 0 четке кагылды.',
    ru: 'Импортировано в «{{dataset}}» строк: {{rows}}; добавлено {{inserted}}, обновлено {{updated}}, без изменений {{unchanged}}, удалено {{deleted}}, отклонено 0.',
    en: 'Imported {{rows}} rows into "{{dataset}}": {{inserted}} inserted, {{updated}} updated, {{unchanged}} unchanged, {{deleted}} deleted, 0 rejected.',
  },
  dry_run: {
    ky: 'Сыноо, эч нерсе жазылган жок: «{{dataset}}» боюнча {{rows}} саптан {{inserted}} кошулмак, {{updated}} жаңыртылмак, {{unchanged}} өзгөрбөйт, {{deleted}} өчүрүлмөк, 0 четке кагылат.',
    ru: 'Пробный запуск, ничего не записано: из {{rows}} строк «{{dataset}}» было бы добавлено {{inserted}}, обновлено {{updated}}, без изменений {{unchanged}}, удалено {{deleted}}, отклонено 0.',
    en: 'Dry run, nothing written: of {{rows}} rows of "{{dataset}}", {{inserted}} would be inserted, {{updated}} updated, {{unchanged}} unchanged, {{deleted}} deleted, 0 rejected.',
  },
  rejected: {
    ky: 'Четке кагылды, эч нерсе жазылган жок: {{rows}} саптын {{rejected}} катасы бар, бардыгы {{errors}} ката. Аларды оңдоп, кайра импорттоңуз. 0 кошулду, 0 жаңыртылды, 0 өзгөргөн жок, {{rejected}} четке кагылды.',
    ru: 'Отклонено, ничего не записано: ошибки в {{rejected}} из {{rows}} строк, всего ошибок: {{errors}}. Исправьте их и импортируйте снова. Добавлено 0, обновлено 0, без изменений 0, отклонено {{rejected}}.',
    en: 'Rejected, nothing written: {{rejected}} of {{rows}} rows have errors, {{errors}} errors in all. Correct them and import again. 0 inserted, 0 updated, 0 unchanged, {{rejected}} rejected.',
  },
  // Rejected for the file as a whole (unreadable, a column missing, --replace refused), not for its rows.
  rejected_file: {
    ky: 'Четке кагылды, эч нерсе жазылган жок: файлдын өзүндө ката бар ({{errors}}). Аны оңдоп, кайра импорттоңуз. 0 кошулду, 0 жаңыртылды, 0 өзгөргөн жок, 0 четке кагылды.',
    ru: 'Отклонено, ничего не записано: ошибки в файле в целом ({{errors}}). Исправьте их и импортируйте снова. Добавлено 0, обновлено 0, без изменений 0, отклонено 0.',
    en: 'Rejected, nothing written: the file as a whole has {{errors}} error(s). Correct them and import again. 0 inserted, 0 updated, 0 unchanged, 0 rejected.',
  },
};

export function summaryLine(report: Omit<ImportReport, 'summary'>): string {
  const { counts } = report;
  const which = report.status === 'rejected' && counts.rejected === 0 ? 'rejected_file' : report.status;
  return fill(SUMMARY[which][report.lang], {
    dataset: DATASETS[report.dataset].label[report.lang],
    rows: counts.rows,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    deleted: counts.deleted,
    rejected: counts.rejected,
    errors: report.errors,
  });
}

const HEADINGS: Readonly<Record<string, Texts>> = {
  errors: { ky: 'Каталар', ru: 'Ошибки', en: 'Errors' },
  warnings: { ky: 'Эскертүүлөр', ru: 'Предупреждения', en: 'Warnings' },
  where: { ky: 'Кайда', ru: 'Где', en: 'Where' },
  column: { ky: 'Мамыча', ru: 'Столбец', en: 'Column' },
  value: { ky: 'Маани', ru: 'Значение', en: 'Value' },
  expected: { ky: 'Күтүлгөн', ru: 'Ожидалось', en: 'Expected' },
  problem: { ky: 'Көйгөй', ru: 'Проблема', en: 'Problem' },
  file: { ky: 'файл', ru: 'файл', en: 'file' },
  row: { ky: '{{n}}-сап', ru: 'строка {{n}}', en: 'row {{n}}' },
  notListed: {
    ky: '…жана дагы {{count}} көйгөй (биринчи {{listed}} гана көрсөтүлдү).',
    ru: '…и ещё {{count}} проблем (показаны первые {{listed}}).',
    en: '…and {{count}} more problems (the first {{listed}} are listed).',
  },
};

const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** The report as the command line prints it: errors, then warnings, as aligned columns; then the summary line. */
export function formatReport(report: ImportReport): string {
  const h = (key: string) => HEADINGS[key]![report.lang];
  const lines: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const list = report.problems.filter((p) => p.severity === severity);
    if (!list.length) continue;
    const total = severity === 'error' ? report.errors : report.warnings;
    lines.push(`${h(severity === 'error' ? 'errors' : 'warnings')} (${total})`);
    const rows = list.map((p) => [
      p.row ? fill(h('row'), { n: p.row }) : h('file'),
      clip(p.column ?? p.field ?? '', 24),
      clip(p.value ?? '', 30),
      clip(p.expected ?? '', 40),
      p.message,
    ]);
    const header = [h('where'), h('column'), h('value'), h('expected'), h('problem')];
    const widths = header.map((_, i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `  ${cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ')}`.trimEnd();
    lines.push(line(header));
    for (const r of rows) lines.push(line(r));
    lines.push('');
  }
  if (report.problemsNotListed > 0) {
    lines.push(fill(h('notListed'), { count: report.problemsNotListed, listed: report.problems.length }), '');
  }
  lines.push(report.summary);
  return lines.join('\n');
}
