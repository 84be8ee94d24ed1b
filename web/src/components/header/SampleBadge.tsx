import { useTranslation } from 'react-i18next';

/** Shown whenever a figure on the page comes from the sample dataset. */
export function SampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="sample-badge" data-testid="sample-badge" role="note" title={t('app.sampleHint')}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5 15 14H1Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        <path d="M8 6v3.8M8 11.6v.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {t('app.sample')}
      <span className="visually-hidden">: {t('app.sampleHint')}</span>
    </span>
  );
}
