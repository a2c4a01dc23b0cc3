// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TeamMember } from '../api/get-team';

// Only the network is stubbed: rpc answers from `rpc`.
const rpc = vi.fn();
vi.mock('@/lib/supabase', () => ({ supabase: { rpc: (...a: unknown[]) => rpc(...a) } }));

const { RemoveMemberDialog } = await import('./remove-member-dialog');
const { RolesDialog } = await import('./roles-dialog');
const { renderWithProviders, nikist, vitalis } = await import('@/lib/test-providers');

const closer: TeamMember = { userId: 'u-closer', name: 'Dipanshu', email: 'dipanshu@nikist.demo', roles: ['closer'], since: '2026-01-01T00:00:00Z' };
const openWork = {
  user_id: 'u-closer',
  calls_total: 7,
  calls: Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, scheduled_date: `2026-12-2${i}`, scheduled_time: '10:30:00', status: 'scheduled', lead_name: `Lead ${i}` })),
  claims: [{ id: 'k1', call_status: 'pending', claimed_at: '2026-12-07T05:00:00Z', member_name: 'Maria Oliveira' }],
};

beforeEach(() => rpc.mockReset());
afterEach(cleanup);

describe('Remove member dialog', () => {
  it('lists their open calls and claims before confirming, removes with one rpc, then keeps the list for reassignment', async () => {
    rpc.mockImplementation((fn: string) => Promise.resolve({ data: openWork, error: null, fn }));
    const onClose = vi.fn();
    renderWithProviders(<RemoveMemberDialog member={closer} isSelf={false} onClose={onClose} onRemovedSelf={() => {}} />, { org: nikist, roles: ['admin'] });
    const dialog = await screen.findByRole('dialog', { name: 'Remove Dipanshu?' });
    expect(await within(dialog).findByText('Undecided calls assigned to them: 7')).toBeInTheDocument();
    expect(within(dialog).getByText('Lead 0')).toBeInTheDocument();
    expect(within(dialog).getByText('and 2 more')).toBeInTheDocument();
    expect(within(dialog).getByText('Call requests they hold a claim on: 1')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open their calls' })).toHaveAttribute('href', `/o/${nikist.id}/sales-closers/u-closer`);
    expect(rpc).toHaveBeenCalledWith('member_open_work', { p_organization_id: nikist.id, p_user_id: 'u-closer' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(rpc).toHaveBeenCalledWith('remove_member', { p_organization_id: nikist.id, p_user_id: 'u-closer' });
    expect(await screen.findByRole('dialog', { name: 'To reassign: what Dipanshu left open' })).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows the last-admin refusal in the organization language and stays open', async () => {
    rpc.mockImplementation((fn: string) =>
      Promise.resolve(fn === 'member_open_work' ? { data: { ...openWork, calls_total: 0, calls: [], claims: [] }, error: null } : { data: null, error: { code: 'PT409', hint: 'last_admin', message: 'The organization needs at least one admin: make someone else an admin first.' } }),
    );
    const admin: TeamMember = { ...closer, userId: 'u-admin', name: 'Carla Mendes', roles: ['admin'] };
    renderWithProviders(<RemoveMemberDialog member={admin} isSelf onClose={() => {}} onRemovedSelf={() => {}} />, { org: vitalis, roles: ['admin'] });
    const dialog = await screen.findByRole('dialog', { name: 'Remover Carla Mendes?' });
    expect(await within(dialog).findByText(/Nada em aberto/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remover' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A organização precisa de pelo menos um administrador');
  });
});

describe('Roles dialog', () => {
  it('refuses no role without a request, then saves the chosen roles in one rpc', async () => {
    rpc.mockResolvedValue({ data: { roles: ['closer', 'manager'] }, error: null });
    const onClose = vi.fn();
    renderWithProviders(<RolesDialog member={closer} onClose={onClose} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog', { name: 'Roles of Dipanshu' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Closer' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Choose at least one role.')).toBeInTheDocument();
    expect(rpc).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Manager' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Closer' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(rpc).toHaveBeenCalledWith('set_member_roles', { p_organization_id: nikist.id, p_user_id: 'u-closer', p_roles: ['closer', 'manager'] });
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
