import { useEffect, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate, useNavigation, useParams } from 'react-router-dom';
import { orgPath, rememberLastOrg } from '@/app/access';
import { Loading } from '@/components/loading';
import { useLandingPage, useOrgUsage } from './org-usage';
import { EmptyState } from '@/components/empty-state';
import type { OrganizationMembership } from '@/lib/memberships';
import { useAuth } from '@/lib/auth';
import { CurrentOrgProvider, useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { OrgNav } from './org-nav';
import { OrgSwitcher } from './org-switcher';
import { MembershipsNotReady, useMyMemberships } from './my-memberships';

/** `/o/:orgId`: confirms the membership, provides the organization, and frames its pages. */
export function OrgLayout() {
  const { orgId = '' } = useParams();
  const t = useT();
  const memberships = useMyMemberships();
  const current = memberships.data?.find((m) => m.organization.id === orgId);

  useEffect(() => {
    if (current) rememberLastOrg(current.organization.id);
  }, [current]);

  if (memberships.isPending || memberships.isError) return <MembershipsNotReady memberships={memberships} />;
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
  const usage = useOrgUsage(organization.id, roles);
  const [signingOut, setSigningOut] = useState(false);

  // Close the small-screen menu whenever the page changes (adjusted while rendering the new page).
  const [menuPath, setMenuPath] = useState(location.pathname);
  if (menuPath !== location.pathname) {
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }

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
            <OrgNav orgId={organization.id} roles={roles} usage={usage.data ?? null} />
            <div className="user-menu">
              {user?.email ? (
                <span className="user-email" title={t('nav.signedInAs', { email: user.email })}>
                  {user.email}
                </span>
              ) : null}
              <Link to="/account/password" className="button secondary small">
                {t('auth.changePassword.link')}
              </Link>
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
  const { page, pending } = useLandingPage(organization.id, roles);
  if (pending) return <Loading />;
  if (page) return <Navigate to={orgPath(organization.id, page)} replace />;
  return (
    <section className="page">
      <EmptyState title={t('org.noPages.title')}>{t('org.noPages.body')}</EmptyState>
    </section>
  );
}
