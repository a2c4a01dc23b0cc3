import { Link, Navigate } from 'react-router-dom';
import { lastOrg, orgPath } from '@/app/access';
import { Loading } from '@/components/loading';
import { useLandingPage } from './org-usage';
import { useAuth } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { MembershipsNotReady, useMyMemberships } from './my-memberships';

/** `/`: the last organization used on this browser (if still a member), else the first one. */
export function HomeRedirect() {
  const t = useT();
  const { signOut } = useAuth();
  const memberships = useMyMemberships();

  const remembered = lastOrg();
  const target = memberships.data ? (memberships.data.find((m) => m.organization.id === remembered) ?? memberships.data[0]) : undefined;
  const landing = useLandingPage(target?.organization.id, target?.roles ?? []);
  if (memberships.isPending || memberships.isError) return <MembershipsNotReady memberships={memberships} />;
  if (!target) {
    return (
      <div className="centered-page">
        <section className="notice-card" aria-labelledby="no-org-title">
          <h1 id="no-org-title">{t('org.none.title')}</h1>
          <p>{t('org.none.body')}</p>
          <Link className="button primary" to="/accept-invitation">
            {t('org.none.invitations')}
          </Link>
          <button type="button" className="button secondary" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </section>
      </div>
    );
  }
  if (landing.pending) return <Loading />;
  return <Navigate to={orgPath(target.organization.id, landing.page)} replace />;
}
