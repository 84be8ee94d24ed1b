import { useTranslation } from 'react-i18next';
import { useSiteDetail } from '../../hooks/use-site-detail';
import { useLang } from '../../i18n';
import { HAZARD_COLORS } from '../../lib/config';
import { formatDecimal, formatInteger } from '../../lib/format';
import { localName } from '../../lib/names';
import { ErrorNotice } from '../common/ErrorNotice';
import { SkeletonLines } from './SkeletonLines';
import { ExposureFacts } from './ExposureFacts';
import { PanelHeader } from './PanelHeader';
import { RadiusSlider } from './RadiusSlider';

export function SitePanel({
  code,
  radiusKm,
  onRadiusChange,
  onClose,
}: {
  code: string;
  radiusKm: number;
  onRadiusChange: (km: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const detail = useSiteDetail(code, radiusKm);
  const site = detail.data;
  const p = site?.properties;
  const [r, g, b] = p ? HAZARD_COLORS[p.hazardType] : [0, 0, 0];
  return (
    <section className="card selection site-info" data-testid="selection-panel" data-kind="site" aria-live="polite">
      <PanelHeader title={t('site.title')} onClose={onClose} />
      {detail.error && <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} compact />}
      {!p && !detail.error && <SkeletonLines n={6} />}
      {p && (
        <>
          <p className="site-info__name" data-testid="selection-name">
            <span data-testid="site-info-name" data-code={p.code}>{localName(p.name, lang)}</span>
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
          <h3 className="selection__heading">{t('selection.exposure')}</h3>
          <RadiusSlider value={radiusKm} onChange={onRadiusChange} />
          <div className={detail.isPlaceholderData ? 'is-stale' : undefined}>
            <p className="hint">
              {radiusKm === 0 ? t('selection.zoneOnly') : t('selection.zoneAndRadius', { km: formatInteger(radiusKm, lang) })}
            </p>
            <ExposureFacts facts={p.exposure} villages={p.exposure.villages} testIdPrefix="exposure" />
          </div>
        </>
      )}
    </section>
  );
}
