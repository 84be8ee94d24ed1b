import type { Polygon } from 'geojson';
import { useTranslation } from 'react-i18next';
import { useAreaAnalysis } from '../../hooks/use-area-analysis';
import { useLang } from '../../i18n';
import { ApiError } from '../../lib/api';
import { formatDecimal, formatInteger } from '../../lib/format';
import { localName } from '../../lib/names';
import { ErrorNotice } from '../common/ErrorNotice';
import { SkeletonLines } from './SkeletonLines';
import { ExposureFacts } from './ExposureFacts';
import { PanelHeader } from './PanelHeader';

export function AreaPanel({ area, onClose }: { area: Polygon | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const analysis = useAreaAnalysis(area);
  const a = analysis.data;
  const error = analysis.error;
  // A 400 explains what is wrong with the drawing (crossing lines, too large …): show it as the person's to fix.
  const badDrawing = error instanceof ApiError && error.kind === 'http' && error.status >= 400 && error.status < 500;
  return (
    <section className="card selection" data-testid="selection-panel" data-kind="area" aria-live="polite">
      <PanelHeader title={t('selection.area')} onClose={onClose} />
      {badDrawing && (
        <div className="selection__problem" role="alert" data-testid="area-error">
          <strong>{t('selection.areaRejected')}</strong>
          <p>{error.detail ?? error.message}</p>
          <p className="hint">{t('selection.areaRedraw')}</p>
        </div>
      )}
      {error && !badDrawing && <ErrorNotice error={error} onRetry={() => void analysis.refetch()} compact />}
      {!a && !error && <SkeletonLines n={6} />}
      {a && (
        <>
          <p className="site-info__name" data-testid="selection-name">
            {t('selection.areaSize', { km2: formatDecimal(a.drawnAreaKm2, lang, 1) })}
          </p>
          <ExposureFacts facts={a} villages={a.villages} testIdPrefix="area" />
          <h3 className="selection__heading">{t('selection.sitesInArea')}</h3>
          {a.sites.length === 0 ? (
            <p className="hint">{t('selection.noSites')}</p>
          ) : (
            <ul className="selection__list">
              {a.sites.map((s) => (
                <li key={s.code}>
                  <span>{localName(s.name, lang)}</span>
                  <span className="selection__list-value">{t(`hazard.${s.hazardType}`)}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="hint">{t('selection.areaSites', { n: formatInteger(a.sites.length, lang) })}</p>
        </>
      )}
    </section>
  );
}
