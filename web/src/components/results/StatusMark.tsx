// A status as shape + colour + words, so it reads without colour (Okabe–Ito colours, safe for colour-blind
// readers): on track a green circle with a tick, at risk an orange triangle, off track a red-orange square with a
// cross, no data a hollow grey circle.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultStatus } from '../../hooks/use-results';

const SHAPES: Record<ResultStatus, ReactElement> = {
  on_track: (
    <>
      <circle cx="8" cy="8" r="7" fill="#009e73" />
      <path d="M4.6 8.3 7 10.6l4.4-5" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  at_risk: (
    <>
      <path d="M8 1 15.2 14.5H.8Z" fill="#e69f00" />
      <path d="M8 5.6v4.6M8 12v.4" stroke="#1b2733" strokeWidth="1.7" strokeLinecap="round" />
    </>
  ),
  off_track: (
    <>
      <rect x="1.5" y="1.5" width="13" height="13" rx="1.5" fill="#d55e00" />
      <path d="m5 5 6 6m0-6-6 6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  no_data: <circle cx="8" cy="8" r="6" fill="none" stroke="#8a949c" strokeWidth="1.8" strokeDasharray="2.5 2" />,
};

export function StatusMark({ status }: { status: ResultStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-mark status-mark--${status}`} data-status={status}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        {SHAPES[status]}
      </svg>
      {t(`results.status.${status}`)}
    </span>
  );
}
