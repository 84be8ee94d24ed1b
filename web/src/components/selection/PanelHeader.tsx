import { useTranslation } from 'react-i18next';

/** The selection panel's title row with its close button (Esc does the same). */
export function PanelHeader({ title, onClose }: { title: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="card__header">
      <h2 className="card__title">{title}</h2>
      <button
        type="button"
        className="icon-button"
        onClick={onClose}
        aria-label={t('selection.close')}
        title={t('selection.close')}
        data-testid="selection-close"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
