import { Link } from 'react-router-dom';
import { updatePassword } from '@/features/auth/api/update-password';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { useAuth } from '@/lib/auth';
import { useT } from '@/lib/i18n';

/** `/account/password`: the signed-in person sets a new password. */
export function AccountPasswordRoute() {
  const t = useT();
  const { user } = useAuth();
  return (
    <div className="sign-in-page">
      <main className="sign-in-card" aria-labelledby="change-password-title">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            CD
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <h1 id="change-password-title">{t('auth.changePassword.title')}</h1>
        <p className="muted">{t('auth.changePassword.subtitle', { email: user?.email ?? '' })}</p>
        <ChangePasswordForm updatePassword={updatePassword} />
        <Link to="/" className="account-back">
          {t('auth.changePassword.back')}
        </Link>
      </main>
    </div>
  );
}
