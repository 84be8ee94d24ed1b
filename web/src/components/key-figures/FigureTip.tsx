// One key figure with its provenance in a tooltip that opens on hover AND on keyboard focus (WCAG 1.4.13: it stays
// while the pointer is over it, and Escape closes it without moving focus). The tooltip is the figure's
// description for screen readers (aria-describedby), so it is read on focus too.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { LOCALES, type Lang } from '../../lib/config';
import type { FigureKey, FigureProvenance } from './figures';

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
/** "26 Nov 2026" / "26 нояб. 2026 г." from YYYY-MM-DD, read as a calendar date (no time zone shift). */
export function formatDataDate(date: string, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat([...LOCALES[lang]], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : f.format(parsed);
}

export interface FigureTipProps {
  figure: FigureKey;
  label: string;
  provenance: FigureProvenance;
  children: ReactNode;
  /** Shown first in the tooltip (e.g. the exact amount of a figure shown rounded). */
  detail?: ReactNode;
}

export function FigureTip({ figure, label, provenance, children, detail }: FigureTipProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const tipId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div
      className={`key-figure${open ? ' is-open' : ''}`}
      data-testid={`key-figure-${figure}`}
      // Focusable so a keyboard user reaches the source and date as a mouse user does by hovering.
      tabIndex={0}
      aria-describedby={tipId}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <span className="key-figure__label">
        {label}
        {provenance.isSample && (
          <span className="key-figure__sample" data-testid={`key-figure-${figure}-sample`}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M8 1.5 15 14H1Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
              <path d="M8 6v3.8M8 11.6v.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
            <span className="visually-hidden">{t('keyFigures.sampleMark')}</span>
          </span>
        )}
      </span>
      {children}
      <div className="key-figure__tip" role="tooltip" id={tipId} data-testid={`key-figure-${figure}-tooltip`} hidden={!open}>
        {detail && <p>{detail}</p>}
        <p>
          <strong>{t('keyFigures.source', { count: provenance.sources.length })}: </strong>
          <span data-testid={`key-figure-${figure}-sources`}>
            {provenance.sources.length > 0 ? provenance.sources.map((s) => s.title).join('; ') : t('keyFigures.noSource')}
          </span>
        </p>
        <p>
          <strong>{t('keyFigures.dataDate')}: </strong>
          <time data-testid={`key-figure-${figure}-date`} dateTime={provenance.dataDate ?? undefined}>
            {provenance.dataDate ? formatDataDate(provenance.dataDate, lang) : t('keyFigures.noDate')}
          </time>
        </p>
        {provenance.isSample && <p className="key-figure__tip-sample">{t('keyFigures.sampleNote')}</p>}
      </div>
    </div>
  );
}
