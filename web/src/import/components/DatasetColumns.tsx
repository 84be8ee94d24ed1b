// The chosen dataset's columns as the template has them, with what each holds, and the links to its templates.
import { useTranslation } from 'react-i18next';
import { templateUrl, type ImportDataset } from '../../lib/api';
import { useLang } from '../../i18n';

export function DatasetColumns({ dataset }: { dataset: ImportDataset }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="import-dataset" data-testid="import-dataset-help">
      <p className="import-templates">
        <span>{t('import.form.templates')}</span>{' '}
        <a href={templateUrl(dataset.name, 'xlsx', lang)} download data-testid="import-template-xlsx">
          {t('import.form.templateXlsx')}
        </a>
        {' · '}
        <a href={templateUrl(dataset.name, 'csv', lang)} download data-testid="import-template-csv">
          {t('import.form.templateCsv')}
        </a>
      </p>
      <details className="import-details">
        <summary>{t('import.form.columns', { count: dataset.fields.length })}</summary>
        <div className="import-table-wrap">
          <table className="import-table">
            <caption className="visually-hidden">{t('import.form.columnsCaption', { dataset: dataset.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.form.column')}</th>
                <th scope="col">{t('import.form.required')}</th>
                <th scope="col">{t('import.form.format')}</th>
                <th scope="col">{t('import.form.description')}</th>
              </tr>
            </thead>
            <tbody>
              {dataset.fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    {f.label} <span className="mono import-muted">{f.name}</span>
                  </th>
                  <td>{f.required ? t('import.yes') : t('import.no')}</td>
                  <td>{f.format}</td>
                  <td>
                    {f.description}
                    {f.values && <span className="import-values">{t('import.form.values', { values: f.values })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
