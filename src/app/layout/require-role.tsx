import { Outlet } from 'react-router-dom';
import type { OrgPagePath } from '@/app/access';
import { rolesFor } from '@/app/access';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';

/** The page's roles, checked in the current organization (never "any organization"). */
export function RequireRole({ page }: { page: OrgPagePath }) {
  const { hasRole } = useCurrentOrg();
  if (!hasRole(...rolesFor(page))) return <AccessDenied />;
  return <Outlet />;
}

export function AccessDenied() {
  const t = useT();
  const { organization } = useCurrentOrg();
  return (
    <section className="page notice-page" aria-labelledby="access-denied-title">
      <h1 id="access-denied-title">{t('access.denied.title')}</h1>
      <p>{t('access.denied.body', { org: organization.name })}</p>
    </section>
  );
}
