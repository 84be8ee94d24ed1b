// The sources of the figures on the page and their data date, and the sample-data note where it applies.
import { useTranslation } from 'react-i18next';
import type { Summary } from '../lib/api';
import { latestDate } from './subject';
import type { Source } from '../hooks/use-sources';

/** The sources the key figures name (their provenance), in the order of GET /api/sources. */
export function citedSources(summary: Summary, sources: readonly Source[]): Source[] {
  const ids = new Set(Object.values(summary.provenance).flatMap((p) => p.sourceIds));
  return sources.filter((s) => ids.has(s.id));
}

export function SourcesNote({ summary, sources, formatDate }: { summary: Summary; sources: readonly Source[]; formatDate: (iso: string) => string }) {
  const { t } = useTranslation();
  const cited = citedSources(summary, sources);
  const dataDate = latestDate(Object.values(summary.provenance).map((p) => p.dataDate));
  const sample = summary.isSample || cited.some((s) => s.isSample);
  return (
    <section className="briefing-sources" aria-labelledby="briefing-sources-title">
      <h2 id="briefing-sources-title" className="briefing-section-title">
        {t('briefing.sourcesTitle')}
        <span className="briefing-sources__date" data-testid="briefing-data-date">
          {dataDate ? t('briefing.dataDate', { date: formatDate(dataDate) }) : t('briefing.dataDateUnknown')}
        </span>
      </h2>
      <ul className="briefing-sources__list">
        {cited.map((s) => (
          <li key={s.id}>
            {s.title} — {s.publisher}
            {s.published ? `, ${formatDate(s.published)}` : ''}
            {s.licence ? ` (${s.licence})` : ''}
          </li>
        ))}
      </ul>
      {sample && (
        <p className="briefing-sources__sample" role="note" data-testid="briefing-sample-note">
          {t('briefing.sampleNote')}
        </p>
      )}
    </section>
  );
}
