import { Navigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { defaultPage, lastOrg, orgPath } from '@/app/access';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { organizationQueries } from '@/features/organizations/api/get-memberships';
import { useAuth } from '@/lib/auth';
import { useT } from '@/lib/i18n';

/** `/`: the last organization used on this browser (if still a member), else the first one. */
export function HomeRedirect() {
  const t = useT();
  const { user, signOut } = useAuth();
  const memberships = useQuery({ ...organizationQueries.memberships(user?.id ?? ''), enabled: Boolean(user) });

  if (memberships.isPending) {
    return (
      <div className="centered-page">
        <Loading label={t('org.loading')} />
      </div>
    );
  }
  if (memberships.isError) {
    return (
      <div className="centered-page">
        <ErrorMessage error={memberships.error} onRetry={() => void memberships.refetch()} />
      </div>
    );
  }
  const remembered = lastOrg();
  const target = memberships.data.find((m) => m.organization.id === remembered) ?? memberships.data[0];
  if (!target) {
    return (
      <div className="centered-page">
        <section className="notice-card" aria-labelledby="no-org-title">
          <h1 id="no-org-title">{t('org.none.title')}</h1>
          <p>{t('org.none.body')}</p>
          <button type="button" className="button secondary" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </section>
      </div>
    );
  }
  return <Navigate to={orgPath(target.organization.id, defaultPage(target.roles))} replace />;
}
