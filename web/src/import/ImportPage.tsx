// The import screen (web/import.html): sign in, then check and import a file. Its own page, so nothing of it
// weighs on the atlas's first view.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/common/ErrorNotice';
import { Skeleton } from '../components/common/Skeleton';
import { LanguageSwitch } from '../components/header/LanguageSwitch';
import { AccountBar } from './components/AccountBar';
import { ImportWorkspace } from './components/ImportWorkspace';
import { SignInForm } from './components/SignInForm';
import { useMe } from './hooks';
import './import.css';

export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data?.user ?? null;
  useEffect(() => {
    document.title = `${t('import.title')} · ${t('app.title')}`;
  }, [t]);
  return (
    <div className="import-page">
      <a className="skip-link" href="#import-main">
        {t('import.skip')}
      </a>
      <header className="header">
        <div className="header__brand">
          <svg className="header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M3 26 L12 10 L17 18 L21 12 L29 26 Z" fill="#0f4c5c" />
            <path d="M9.5 14.5 L12 10 L14.6 14.2 Z M19.5 14.3 L21 12 L22.8 14.9 Z" fill="#e8f1f2" />
            <circle cx="24.5" cy="7.5" r="3" fill="#e69f00" />
          </svg>
          <div>
            <p className="header__title">{t('app.title')}</p>
            <a className="import-back" href="./" data-testid="import-back">
              {t('import.backToAtlas')}
            </a>
          </div>
        </div>
        <div className="import-header__tools">
          {user && <AccountBar user={user} />}
          <LanguageSwitch />
        </div>
      </header>
      <main id="import-main" className="import-main" tabIndex={-1}>
        <h1 className="import-title">{t('import.title')}</h1>
        <p className="hint import-intro">{t('import.intro')}</p>
        {me.isPending && <Skeleton height="6em" />}
        {me.error && <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />}
        {me.data && !user && <SignInForm />}
        {user && user.role === 'viewer' && (
          <p className="import-message import-message--error" role="alert" data-testid="import-not-editor">
            {t('import.account.notEditor', { role: t('import.roles.viewer') })}
          </p>
        )}
        {user && user.role !== 'viewer' && <ImportWorkspace />}
      </main>
    </div>
  );
}
