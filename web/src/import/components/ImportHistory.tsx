// The latest imports and dry runs from the audit log (GET /api/audit): who, when, dataset, file, counts.
import { useTranslation } from 'react-i18next';
import type { AuditEntry, ImportDataset } from '../../lib/api';
import { LOCALES } from '../../lib/config';
import { supported } from '../../lib/format';
import { useLang } from '../../i18n';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { Skeleton } from '../../components/common/Skeleton';
import { useImportHistory } from '../hooks';

const STATUSES = ['imported', 'dry_run', 'rejected'] as const;
type Status = (typeof STATUSES)[number] | 'rejectedDryRun';
/** What came of it; a rejected dry run is told apart from a rejected import. */
const statusOf = (entry: AuditEntry): Status | null => {
  const status = entry.details.status;
  if (!(STATUSES as readonly unknown[]).includes(status)) return null;
  return status === 'rejected' && entry.dryRun ? 'rejectedDryRun' : (status as Status);
};

export function ImportHistory({ datasets }: { datasets: readonly ImportDataset[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const history = useImportHistory(true);
  const when = new Intl.DateTimeFormat(supported(LOCALES[lang]), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bishkek' });
  const label = (name: string | null) => datasets.find((d) => d.name === name)?.label ?? name ?? '';
  return (
    <section className="card import-card" aria-labelledby="import-history-title" data-testid="import-history">
      <h2 id="import-history-title" className="import-card__title">
        {t('import.history.title')}
      </h2>
      {history.isPending && <Skeleton height="4em" />}
      {history.error && <ErrorNotice error={history.error} onRetry={() => void history.refetch()} compact />}
      {history.data && history.data.entries.length === 0 && <p className="hint">{t('import.history.empty')}</p>}
      {history.data && history.data.entries.length > 0 && (
        <div className="import-table-wrap">
          <table className="import-table">
            <caption className="visually-hidden">{t('import.history.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.history.col.when')}</th>
                <th scope="col">{t('import.history.col.who')}</th>
                <th scope="col">{t('import.history.col.dataset')}</th>
                <th scope="col">{t('import.history.col.file')}</th>
                <th scope="col">{t('import.history.col.result')}</th>
                <th scope="col">{t('import.history.col.counts')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.entries.map((e) => {
                const status = statusOf(e);
                return (
                  <tr key={e.id} data-testid="import-history-row">
                    <td>{when.format(new Date(e.at))}</td>
                    <td>{e.actor}</td>
                    <td>{label(e.dataset)}</td>
                    <td className="import-file" data-testid="import-history-file">
                      {e.fileName}
                    </td>
                    <td data-testid="import-history-status">{status ? t(`import.history.status.${status}`) : ''}</td>
                    <td>
                      {e.counts
                        ? t('import.history.counts', {
                            inserted: e.counts.inserted,
                            updated: e.counts.updated,
                            unchanged: e.counts.unchanged,
                            rejected: e.counts.rejected,
                          })
                        : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
