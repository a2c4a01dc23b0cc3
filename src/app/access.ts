import type { MembershipRole } from '@/domain/statuses';
import type { MessageKey } from '@/lib/i18n';

/** The organization's pages, who may open them, in navigation order. */
export const ORG_PAGES = [
  { path: 'sales-closers', label: 'nav.salesClosers', roles: ['admin', 'manager', 'closer'] },
  { path: 'calls', label: 'nav.allCalls', roles: ['admin', 'manager'] },
  { path: 'cohorts', label: 'nav.cohorts', roles: ['admin', 'manager', 'cohort_manager'] },
  { path: 'call-requests', label: 'nav.callRequests', roles: ['admin', 'specialist'] },
  { path: 'my-chats', label: 'nav.myChats', roles: ['member'] },
  { path: 'team', label: 'nav.team', roles: ['admin'] },
  { path: 'settings', label: 'nav.settings', roles: ['admin'] },
] as const satisfies readonly { path: string; label: MessageKey; roles: readonly MembershipRole[] }[];

export type OrgPage = (typeof ORG_PAGES)[number];
export type OrgPagePath = OrgPage['path'];

export function rolesFor(path: OrgPagePath): readonly MembershipRole[] {
  const page = ORG_PAGES.find((p) => p.path === path);
  if (!page) throw new Error(`No page ${path}`);
  return page.roles;
}

export function allowedPages(roles: readonly MembershipRole[]): OrgPage[] {
  return ORG_PAGES.filter((p) => p.roles.some((r) => roles.includes(r)));
}

/**
 * The page a person lands on in an organization: the first page their roles allow, in this order
 * of what they mostly do (a specialist's queue, a member's chats, a cohort manager's rosters).
 */
export function defaultPage(roles: readonly MembershipRole[]): OrgPagePath | null {
  return allowedPages(roles)[0]?.path ?? null;
}

/** What an organization has in use: a page for something it does not use is not a landing page. */
export type OrgUsage = { closers: boolean; cohorts: boolean; callRequests: boolean };

/**
 * The landing page knowing what the organization uses: an admin of an organization with no
 * closers (Vitalis) lands on Call Requests, not on an empty Sales closers page. Without usage
 * (still loading, or unreadable) it is defaultPage.
 */
export function landingPage(roles: readonly MembershipRole[], usage?: OrgUsage | null): OrgPagePath | null {
  const pages = allowedPages(roles).map((p) => p.path);
  if (!usage || pages.length <= 1) return pages[0] ?? null;
  // Landing: a page the organization uses; Team and Settings are never where one lands.
  const inUse: Record<OrgPagePath, boolean> = { 'sales-closers': usage.closers, calls: usage.closers, cohorts: usage.cohorts, 'call-requests': usage.callRequests, 'my-chats': true, team: false, settings: false };
  return pages.find((p) => inUse[p]) ?? pages[0] ?? null;
}

/** Whether the organization uses a page's work (sales, cohorts, call requests); other pages always. */
function pageInUse(path: OrgPagePath, usage: OrgUsage): boolean {
  const inUse: Partial<Record<OrgPagePath, boolean>> = { 'sales-closers': usage.closers, calls: usage.closers, cohorts: usage.cohorts, 'call-requests': usage.callRequests };
  return inUse[path] ?? true;
}

/**
 * The pages a menu offers: those the roles allow that the organization uses (a Vitalis admin
 * sees no sales pages; Team and Settings always). Without usage, or when it uses none of the
 * work pages yet (a new organization being set up), every allowed page.
 */
export function menuPages(roles: readonly MembershipRole[], usage?: OrgUsage | null): OrgPage[] {
  const pages = allowedPages(roles);
  if (!usage) return pages;
  const work = pages.filter((p) => p.path === 'sales-closers' || p.path === 'calls' || p.path === 'cohorts' || p.path === 'call-requests');
  if (work.length > 0 && !work.some((p) => pageInUse(p.path, usage))) return pages;
  return pages.filter((p) => pageInUse(p.path, usage));
}

export function orgPath(orgId: string, page?: OrgPagePath | null): string {
  return page ? `/o/${orgId}/${page}` : `/o/${orgId}`;
}

const LAST_ORG_KEY = 'cohort-desk:last-org';

export function rememberLastOrg(orgId: string): void {
  try {
    window.localStorage.setItem(LAST_ORG_KEY, orgId);
  } catch {
    // Private mode or storage full: remembering is a convenience only.
  }
}

export function lastOrg(): string | null {
  try {
    return window.localStorage.getItem(LAST_ORG_KEY);
  } catch {
    return null;
  }
}
