import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { SiteFeature } from '../../lib/api';
import { HAZARD_COLORS } from '../../lib/config';
import { formatDecimal, formatInteger } from '../../lib/format';
import { localName } from '../../lib/names';

/** The clicked site's key facts (a fuller detail panel comes later). */
export function SiteInfo({ site, onClose }: { site: SiteFeature | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();

  if (!site) {
    return (
      <section className="card site-info site-info--empty">
        <h2 className="card__title">{t('site.title')}</h2>
        <p className="hint">{t('site.hint')}</p>
      </section>
    );
  }

  const p = site.properties;
  const [r, g, b] = HAZARD_COLORS[p.hazardType];
  return (
    <section className="card site-info" data-testid="site-info" aria-live="polite">
      <div className="card__header">
        <h2 className="card__title">{t('site.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('site.close')} title={t('site.close')}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <p className="site-info__name" data-testid="site-info-name">
        {localName(p.name, lang)}
      </p>
      <dl className="facts">
        <dt>{t('site.hazard')}</dt>
        <dd>
          <span className="dot" style={{ background: `rgb(${r}, ${g}, ${b})` }} aria-hidden="true" />
          {t(`hazard.${p.hazardType}`)}
        </dd>
        <dt>{t('site.status')}</dt>
        <dd>{t(`status.${p.status}`)}</dd>
        <dt>{t('site.risk')}</dt>
        <dd>{t(`risk.${p.riskLevel}`)}</dd>
        <dt>{t('site.householdsAtRisk')}</dt>
        <dd data-testid="site-info-households">{formatInteger(p.householdsAtRisk, lang)}</dd>
        <dt>{t('site.farmland')}</dt>
        <dd>
          {formatDecimal(p.farmlandAtRiskHa, lang, 0)} {lang === 'en' ? 'ha' : 'га'}
        </dd>
        {p.rayonName && (
          <>
            <dt>{t('site.rayon')}</dt>
            <dd>{localName(p.rayonName, lang)}</dd>
          </>
        )}
        <dt>{t('site.code')}</dt>
        <dd className="mono">{p.code}</dd>
      </dl>
    </section>
  );
}
