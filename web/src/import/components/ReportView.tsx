// A dry run's or an import's report: what happened in one sentence, the counts, and every problem as a table
// (errors first, as the server sorts them), each with its row, column, the value found and what was expected.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../lib/api';
import { formatInteger } from '../../lib/format';
import { useLang } from '../../i18n';

const COUNTS = ['rows', 'inserted', 'updated', 'unchanged', 'rejected', 'deleted'] as const;

export function ReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tone = report.status === 'rejected' ? 'error' : report.status === 'imported' ? 'done' : 'ok';
  const detected = report.detected;
  return (
    <section className="card import-card" aria-labelledby="import-report-title" data-testid="import-report" data-status={report.status}>
      <h2 id="import-report-title" className="import-card__title">
        {report.status === 'imported' ? t('import.report.resultTitle') : t('import.report.title')}
      </h2>
      <div className={`import-banner import-banner--${tone}`} data-testid="import-report-status">
        <strong>{t(`import.report.status.${report.status}`)}</strong>
        <span>{report.summary}</span>
      </div>
      <dl className="import-counts" data-testid="import-report-counts">
        {COUNTS.filter((c) => c !== 'deleted' || report.replace).map((c) => (
          <div key={c} className="import-counts__item">
            <dt>{t(`import.report.counts.${c}`)}</dt>
            <dd data-testid={`import-count-${c}`}>{formatInteger(report.counts[c], lang)}</dd>
          </div>
        ))}
      </dl>
      {detected && (
        <p className="hint" data-testid="import-report-detected">
          {t('import.report.detected', {
            file: report.file.name,
            what: [
              detected.format.toUpperCase(),
              detected.encoding,
              detected.delimiter ? t('import.report.delimiter', { delimiter: detected.delimiter === '\t' ? 'TAB' : detected.delimiter }) : null,
              detected.decimal ? t('import.report.decimal', { decimal: detected.decimal }) : null,
              detected.sheet ? t('import.report.sheet', { sheet: detected.sheet }) : null,
              detected.crs,
            ]
              .filter(Boolean)
              .join(', '),
          })}
        </p>
      )}
      {report.problems.length === 0 ? (
        <p className="hint">{t('import.report.noProblems')}</p>
      ) : (
        <div className="import-table-wrap">
          <table className="import-table import-problems" data-testid="import-problems">
            <caption>{t('import.report.caption', { errors: report.errors, warnings: report.warnings })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.report.col.severity')}</th>
                <th scope="col">{t('import.report.col.row')}</th>
                <th scope="col">{t('import.report.col.column')}</th>
                <th scope="col">{t('import.report.col.value')}</th>
                <th scope="col">{t('import.report.col.expected')}</th>
                <th scope="col">{t('import.report.col.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i} className={`import-problem import-problem--${p.severity}`} data-testid="import-problem" data-severity={p.severity}>
                  <td>
                    <span className={`import-tag import-tag--${p.severity}`}>{t(`import.report.severity.${p.severity}`)}</span>
                  </td>
                  <td className="import-num" data-testid="import-problem-row">
                    {p.row ?? t('import.report.wholeFile')}
                  </td>
                  <td>{p.column ?? p.field ?? ''}</td>
                  <td className="mono">{p.value ?? ''}</td>
                  <td>{p.expected ?? ''}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.problemsNotListed > 0 && <p className="hint">{t('import.report.notListed', { count: report.problemsNotListed })}</p>}
    </section>
  );
}
