// Who is signed in, and the sign-out button.
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../lib/api';
import { useSignOut } from '../hooks';

export function AccountBar({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <div className="import-account" data-testid="import-account">
      <span className="import-account__who">
        {t('import.account.signedInAs', { name: user.name, role: t(`import.roles.${user.role}`) })}
      </span>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
        data-testid="import-signout"
      >
        {t('import.account.signOut')}
      </button>
    </div>
  );
}
