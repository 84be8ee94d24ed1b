// The key figures of the briefing's scope, from GET /api/summary (hooks/use-summary), formatted as the atlas's
// panel formats them (lib/format).
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import type { Summary } from '../lib/api';
import { formatHectares, formatInteger, formatMoney, formatShare } from '../lib/format';
import type { Currency } from '../state/filters';

function Figure({ label, value, sub, testId }: { label: string; value: string; sub?: string; testId: string }) {
  return (
    <div className="briefing-figure">
      <dt>{label}</dt>
      <dd className="briefing-figure__value" data-testid={testId}>
        {value}
      </dd>
      {sub && <dd className="briefing-figure__sub">{sub}</dd>}
    </div>
  );
}

export function KeyFigures({ summary, currency, scope }: { summary: Summary; currency: Currency; scope: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { producers, restorationHa: ha } = summary;
  return (
    <section className="briefing-figures" aria-labelledby="briefing-figures-title">
      <h2 id="briefing-figures-title" className="briefing-section-title">
        {t('briefing.figuresTitle', { scope })}
      </h2>
      <dl className="briefing-figures__grid">
        <Figure label={t('briefing.sites')} value={formatInteger(summary.sites, lang)} testId="briefing-sites" />
        <Figure label={t('briefing.households')} value={formatInteger(summary.households, lang)} testId="briefing-households" />
        <Figure label={t('briefing.participants')} value={formatInteger(summary.participants, lang)} testId="briefing-participants" />
        <Figure
          label={t('briefing.producers')}
          value={formatInteger(producers.total, lang)}
          sub={t('briefing.producersShares', {
            women: formatShare(producers.women, producers.total, lang),
            youth: formatShare(producers.youth, producers.total, lang),
          })}
          testId="briefing-producers"
        />
        <Figure
          label={t('briefing.sales')}
          value={formatMoney(currency === 'KGS' ? summary.salesKgs : summary.salesUsd, currency, lang)}
          testId="briefing-sales"
        />
        <Figure
          label={t('briefing.restoration')}
          value={formatHectares(ha.done, lang)}
          sub={t('briefing.restorationOf', { planned: formatHectares(ha.planned, lang), percent: formatShare(ha.done, ha.planned, lang) })}
          testId="briefing-restoration"
        />
      </dl>
    </section>
  );
}
