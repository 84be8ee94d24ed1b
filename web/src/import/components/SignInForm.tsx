// Sign in with a name and password (POST /api/auth/login); the server keeps the session in an HttpOnly cookie.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { useSignIn } from '../hooks';

export function SignInForm() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ name, password });
  };
  // A wrong name or password is the person's to fix: say so in their language, not the server's English.
  const wrong = signIn.error instanceof ApiError && signIn.error.status === 401;
  return (
    <section className="card import-card import-signin" aria-labelledby="import-signin-title">
      <h2 id="import-signin-title" className="import-card__title">
        {t('import.signIn.title')}
      </h2>
      <p className="hint">{t('import.signIn.intro')}</p>
      <form className="import-form" onSubmit={onSubmit}>
        <label className="import-field">
          <span className="import-field__label">{t('import.signIn.name')}</span>
          <input
            className="import-input"
            name="username"
            autoComplete="username"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="import-signin-name"
          />
        </label>
        <label className="import-field">
          <span className="import-field__label">{t('import.signIn.password')}</span>
          <input
            className="import-input"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="import-signin-password"
          />
        </label>
        {wrong && (
          <p className="import-message import-message--error" role="alert" data-testid="import-signin-wrong">
            {t('import.signIn.wrong')}
          </p>
        )}
        {signIn.error && !wrong && <ErrorNotice error={signIn.error} compact />}
        <div className="import-actions">
          <button type="submit" className="button" disabled={signIn.isPending} data-testid="import-signin-submit">
            {signIn.isPending ? t('import.signIn.busy') : t('import.signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
