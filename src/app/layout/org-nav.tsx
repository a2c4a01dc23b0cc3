import { NavLink } from 'react-router-dom';
import { menuPages, orgPath, type OrgUsage } from '@/app/access';
import type { MembershipRole } from '@/domain/statuses';
import { useT } from '@/lib/i18n';

/** The organization's pages this person's roles allow and the organization uses, and no others. */
export function OrgNav({ orgId, roles, usage, onNavigate }: { orgId: string; roles: readonly MembershipRole[]; usage?: OrgUsage | null; onNavigate?: () => void }) {
  const t = useT();
  const pages = menuPages(roles, usage);
  if (pages.length === 0) return null;
  return (
    <nav className="org-nav" aria-label={t('nav.label')}>
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <NavLink to={orgPath(orgId, page.path)} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')} onClick={onNavigate}>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
