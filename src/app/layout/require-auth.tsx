import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Loading } from '@/components/loading';
import { useAuth } from '@/lib/auth';
import { useT } from '@/lib/i18n';

export type SignInState = { from?: string };

/** Signed-in people only; others go to /sign-in and come back to the page they asked for. */
export function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();
  const t = useT();
  if (status === 'loading') {
    return (
      <div className="centered-page">
        <Loading label={t('auth.checkingSession')} />
      </div>
    );
  }
  if (status === 'signed-out') {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/sign-in" replace state={from === '/' ? undefined : ({ from } satisfies SignInState)} />;
  }
  return <Outlet />;
}
