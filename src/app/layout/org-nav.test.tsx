// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { MembershipRole } from '@/domain/statuses';
import { nikist, renderWithProviders, vitalis } from '@/lib/test-providers';
import { allowedPages } from '@/app/access';
import { OrgNav } from './org-nav';
import { RequireRole } from './require-role';

afterEach(cleanup);

function navEntries(roles: MembershipRole[], org = nikist) {
  renderWithProviders(<OrgNav orgId={org.id} roles={roles} />, { org, roles });
  const nav = screen.queryByRole('navigation');
  return nav ? within(nav).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]) : [];
}

describe('OrgNav', () => {
  it('shows a closer only Sales Closers', () => {
    expect(navEntries(['closer'])).toEqual([['Sales Closers', `/o/${nikist.id}/sales-closers`]]);
  });

  it('shows a cohort manager only Cohort Management', () => {
    expect(navEntries(['cohort_manager'])).toEqual([['Cohort Management', `/o/${nikist.id}/cohorts`]]);
  });

  it('shows a manager Sales Closers, All calls and Cohort Management', () => {
    expect(navEntries(['manager']).map(([label]) => label)).toEqual(['Sales Closers', 'All calls', 'Cohort Management']);
  });

  it('shows an admin every staff page, Team and Settings, but not the member chats', () => {
    expect(navEntries(['admin']).map(([label]) => label)).toEqual(['Sales Closers', 'All calls', 'Cohort Management', 'Call Requests', 'Team', 'Settings']);
  });

  it('shows Team and Settings to admins only', () => {
    for (const role of ['manager', 'closer', 'cohort_manager', 'specialist', 'member'] as const) {
      const labels = navEntries([role]).map(([label]) => label);
      expect(labels).not.toContain('Team');
      expect(labels).not.toContain('Settings');
      cleanup();
    }
  });

  it('shows a specialist only the call requests, in the organization language', () => {
    expect(navEntries(['specialist'], vitalis)).toEqual([['Solicitações de ligação', `/o/${vitalis.id}/call-requests`]]);
  });

  it('shows a member only their chats', () => {
    expect(navEntries(['member'], vitalis).map(([label]) => label)).toEqual(['Meus chats']);
  });

  it('combines several roles without duplicates', () => {
    expect(navEntries(['closer', 'manager', 'cohort_manager']).map(([label]) => label)).toEqual(['Sales Closers', 'All calls', 'Cohort Management']);
  });

  it('offers a Vitalis admin only the pages that organization uses (no sales pages)', () => {
    renderWithProviders(<OrgNav orgId={vitalis.id} roles={['admin']} usage={{ closers: false, cohorts: false, callRequests: true }} />, { org: vitalis, roles: ['admin'] });
    const labels = within(screen.getByRole('navigation')).getAllByRole('link').map((a) => a.textContent);
    expect(labels).toContain('Solicitações de ligação');
    expect(labels.filter((l) => /sales closers|closers de vendas|cohort management|gestão de turmas/i.test(l ?? ''))).toEqual([]);
  });

  it('offers every allowed page to an organization that uses none yet', () => {
    renderWithProviders(<OrgNav orgId={nikist.id} roles={['admin']} usage={{ closers: false, cohorts: false, callRequests: false }} />, { org: nikist, roles: ['admin'] });
    expect(within(screen.getByRole('navigation')).getAllByRole('link')).toHaveLength(allowedPages(['admin']).length);
  });

  it('renders no navigation for no roles', () => {
    expect(navEntries([])).toEqual([]);
  });
});

describe('RequireRole', () => {
  function visitCohorts(roles: MembershipRole[]) {
    const router = createMemoryRouter(
      [{ path: '/o/:orgId', children: [{ element: <RequireRole page="cohorts" />, children: [{ path: 'cohorts', element: <h1>Roster</h1> }] }] }],
      { initialEntries: [`/o/${nikist.id}/cohorts`] },
    );
    renderWithProviders(<RouterProvider router={router} />, { org: nikist, roles, router: false });
  }

  it('tells a closer they have no access to the cohort pages', () => {
    visitCohorts(['closer']);
    expect(screen.getByRole('heading', { name: "You don't have access to this page" })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Roster' })).not.toBeInTheDocument();
  });

  it('lets a cohort manager in', () => {
    visitCohorts(['cohort_manager']);
    expect(screen.getByRole('heading', { name: 'Roster' })).toBeInTheDocument();
  });
});
