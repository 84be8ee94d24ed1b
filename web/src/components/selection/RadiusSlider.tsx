import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatInteger } from '../../lib/format';
import { RADIUS_MAX_KM, RADIUS_MIN_KM } from '../../state/view-state';

/**
 * Exposure radius, 0–100 km. The thumb moves freely; the radius is committed when it is let go (or after a short
 * pause while dragging), so dragging does not send a request per kilometre.
 */
export function RadiusSlider({ value, onChange }: { value: number; onChange: (km: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = window.setTimeout(() => onChange(draft), 250);
    return () => window.clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <div className="radius-slider">
      <label htmlFor={id}>
        {t('selection.radius')}: <b data-testid="radius-value">{formatInteger(draft, lang)} km</b>
      </label>
      <input
        id={id}
        type="range"
        min={RADIUS_MIN_KM}
        max={RADIUS_MAX_KM}
        step={1}
        value={draft}
        onChange={(e) => setDraft(Number(e.target.value))}
        data-testid="radius-slider"
        aria-valuetext={`${draft} km`}
      />
      <p className="hint">{t('selection.radiusHint')}</p>
    </div>
  );
}
