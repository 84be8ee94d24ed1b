import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { SampleBadge } from './SampleBadge';

/** `tools` (search, currency) and `drawers` (the tablet's panel toggles) are laid out by the header. */
export function Header({ isSample, tools, drawers }: { isSample: boolean; tools?: ReactNode; drawers?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="header__brand">
        <svg className="header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <path d="M3 26 L12 10 L17 18 L21 12 L29 26 Z" fill="#0f4c5c" />
          <path d="M9.5 14.5 L12 10 L14.6 14.2 Z M19.5 14.3 L21 12 L22.8 14.9 Z" fill="#e8f1f2" />
          <circle cx="24.5" cy="7.5" r="3" fill="#e69f00" />
        </svg>
        <div>
          <h1 className="header__title" data-testid="app-title">
            {t('app.title')}
          </h1>
          <p className="header__subtitle">{t('app.subtitle')}</p>
        </div>
        {isSample && <SampleBadge />}
      </div>
      {tools}
      {/* The import screen is a page of its own (import.html), for editors: a plain link, nothing loaded here. */}
      <a className="header__link" href="import.html" data-testid="open-import">
        {t('import.openLink')}
      </a>
      <LanguageSwitch />
      {drawers}
    </header>
  );
}
