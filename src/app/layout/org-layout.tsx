import { useEffect, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate, useNavigation, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { defaultPage, orgPath, rememberLastOrg } from '@/app/access';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { organizationQueries, type OrganizationMembership } from '@/features/organizations/api/get-memberships';
import { useAuth } from '@/lib/auth';
import { CurrentOrgProvider, useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { OrgNav } from './org-nav';
import { OrgSwitcher } from './org-switcher';

/** `/o/:orgId`: confirms the membership, provides the organization, and frames its pages. */
export function OrgLayout() {
  const { orgId = '' } = useParams();
  const { user } = useAuth();
  const t = useT();
  const memberships = useQuery({ ...organizationQueries.memberships(user?.id ?? ''), enabled: Boolean(user) });
  const current = memberships.data?.find((m) => m.organization.id === orgId);

  useEffect(() => {
    if (current) rememberLastOrg(current.organization.id);
  }, [current]);

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
  if (!current) {
    return (
      <div className="centered-page">
        <section className="notice-card" aria-labelledby="not-member-title">
          <h1 id="not-member-title">{t('org.notMember.title')}</h1>
          <p>{t('org.notMember.body')}</p>
          <Link className="button primary" to="/">
            {t('org.goHome')}
          </Link>
        </section>
      </div>
    );
  }
  return (
    <CurrentOrgProvider organization={current.organization} roles={current.roles}>
      <Shell memberships={memberships.data} />
    </CurrentOrgProvider>
  );
}

function Shell({ memberships }: { memberships: OrganizationMembership[] }) {
  const t = useT();
  const { organization, roles } = useCurrentOrg();
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  // Close the small-screen menu whenever the page changes.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      navigate('/sign-in', { replace: true });
    }
  }

  return (
    <div className="app-shell" lang={organization.locale}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              CD
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </Link>
          <div className="org-name-or-switcher">
            {memberships.length > 1 ? (
              <OrgSwitcher memberships={memberships} currentId={organization.id} />
            ) : (
              <span className="org-name">{organization.name}</span>
            )}
          </div>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.openMenu')}
          </button>
          <div id="app-menu" className={menuOpen ? 'app-menu open' : 'app-menu'}>
            <OrgNav orgId={organization.id} roles={roles} />
            <div className="user-menu">
              {user?.email ? (
                <span className="user-email" title={t('nav.signedInAs', { email: user.email })}>
                  {user.email}
                </span>
              ) : null}
              <button type="button" className="button secondary small" onClick={() => void onSignOut()} disabled={signingOut}>
                {signingOut ? t('auth.signingOut') : t('auth.signOut')}
              </button>
            </div>
          </div>
        </div>
        {navigation.state === 'loading' ? <div className="route-progress" aria-hidden="true" /> : null}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** `/o/:orgId` itself: the person's default page there. */
export function OrgIndex() {
  const t = useT();
  const { organization, roles } = useCurrentOrg();
  const page = defaultPage(roles);
  if (page) return <Navigate to={orgPath(organization.id, page)} replace />;
  return (
    <section className="page">
      <EmptyState title={t('org.noPages.title')}>{t('org.noPages.body')}</EmptyState>
    </section>
  );
}
