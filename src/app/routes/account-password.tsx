import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { Loading } from '@/components/loading';
import { updatePassword } from '@/features/auth/api/update-password';
import { useAuth } from '@/lib/auth';
import { useT } from '@/lib/i18n';

// The form (and react-hook-form with it) loads apart from the entry.
const ChangePasswordForm = lazy(() => import('@/features/auth/components/change-password-form').then((m) => ({ default: m.ChangePasswordForm })));

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
        <Suspense fallback={<Loading />}>
          <ChangePasswordForm updatePassword={updatePassword} />
        </Suspense>
        <Link to="/" className="account-back">
          {t('auth.changePassword.back')}
        </Link>
      </main>
    </div>
  );
}
