import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';

/** An error a person can act on: what went wrong, what to do, and a retry button. */
export function ErrorNotice({ error, onRetry, compact = false }: { error: Error; onRetry?: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  let title: string;
  let body: string;
  if (error instanceof ApiError && error.kind === 'http') {
    title = t('errors.http.title');
    body = error.detail ?? t('errors.http.body', { status: error.status });
  } else if (error instanceof ApiError && error.kind === 'invalid-response') {
    title = t('errors.invalid.title');
    body = t('errors.invalid.body', { url: new URL(error.url, window.location.href).pathname });
  } else {
    title = t('errors.network.title');
    body = t('errors.network.body');
  }
  return (
    <div className={`error-notice${compact ? ' error-notice--compact' : ''}`} role="alert">
      <svg className="error-notice__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M10 5.5v5.5M10 13.6v.6" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" />
      </svg>
      <div className="error-notice__text">
        <strong>{title}</strong>
        <p>{body}</p>
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
