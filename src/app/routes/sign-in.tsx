import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '@/components/loading';
import { signInWithPassword } from '@/features/auth/api/sign-in';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useAuth } from '@/lib/auth';
import { useFirstT } from '@/lib/i18n';
import type { SignInState } from '../layout/require-auth';

/** Only paths inside the app are followed after sign-in (no open redirect through `from`). */
function safeFrom(state: unknown): string {
  const from = (state as SignInState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in') ? from : '/';
}

export function SignInRoute() {
  const t = useFirstT();
  const { status } = useAuth();
  const location = useLocation();
  // Signed in (now or already): go where the person was heading. The session change, not the
  // form, triggers this, so the guard never sees a half-signed-in state.
  if (status === 'signed-in') return <Navigate to={safeFrom(location.state)} replace />;
  return (
    <div className="sign-in-page">
      <main className="sign-in-card" aria-labelledby="sign-in-title">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            CD
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
        <p className="muted">{t('auth.signIn.subtitle')}</p>
        {status === 'loading' ? <Loading label={t('auth.checkingSession')} /> : <SignInForm signIn={signInWithPassword} />}
      </main>
    </div>
  );
}
