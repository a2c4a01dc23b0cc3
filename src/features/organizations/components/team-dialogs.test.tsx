// @vitest-environment jsdom
// The Team dialogs and the Settings form with the real supabase client and React Query; only the
// network is stubbed (MSW, src/lib/test-network.ts), answering as PostgREST and the Edge Function do.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { TeamMember } from '../api/get-team';
import { dbError, ok, requests, rpc, sentTo, server, setupNetwork } from '@/lib/test-network';
import { RemoveMemberDialog } from './remove-member-dialog';
import { RolesDialog } from './roles-dialog';
import { InviteDialog } from './invite-dialog';
import { SettingsForm } from './settings-form';
import { renderWithProviders, nikist, vitalis } from '@/lib/test-providers';

const closer: TeamMember = { userId: 'u-closer', name: 'Dipanshu', email: 'dipanshu@nikist.demo', roles: ['closer'], since: '2026-01-01T00:00:00Z' };
const openWork = {
  user_id: 'u-closer',
  calls_total: 7,
  calls: Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, scheduled_date: `2026-12-2${i}`, scheduled_time: '10:30:00', status: 'scheduled', lead_name: `Lead ${i}` })),
  claims: [{ id: 'k1', call_status: 'pending', claimed_at: '2026-12-07T05:00:00Z', member_name: 'Maria Oliveira' }],
};
const nothingOpen = { ...openWork, calls_total: 0, calls: [], claims: [] };
const rpcBodies = (fn: string) => sentTo(`/rest/v1/rpc/${fn}`).map((r) => r.body);

setupNetwork();
afterEach(cleanup);

describe('Remove member dialog', () => {
  it('lists their open calls and claims before confirming, removes with one rpc, then keeps the list for reassignment', async () => {
    server.use(rpc('member_open_work', () => ok(openWork)), rpc('remove_member', () => ok(openWork)));
    const onClose = vi.fn();
    renderWithProviders(<RemoveMemberDialog member={closer} isSelf={false} onClose={onClose} onRemovedSelf={() => {}} />, { org: nikist, roles: ['admin'] });
    const dialog = await screen.findByRole('dialog', { name: 'Remove Dipanshu?' });
    expect(await within(dialog).findByText('Undecided calls assigned to them: 7')).toBeInTheDocument();
    expect(within(dialog).getByText('Lead 0')).toBeInTheDocument();
    expect(within(dialog).getByText('and 2 more')).toBeInTheDocument();
    expect(within(dialog).getByText('Call requests they hold a claim on: 1')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open their calls' })).toHaveAttribute('href', `/o/${nikist.id}/sales-closers/u-closer`);
    expect(rpcBodies('member_open_work')).toEqual([{ p_organization_id: nikist.id, p_user_id: 'u-closer' }]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('dialog', { name: 'To reassign: what Dipanshu left open' })).toBeInTheDocument();
    expect(rpcBodies('remove_member')).toEqual([{ p_organization_id: nikist.id, p_user_id: 'u-closer' }]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows the last-admin refusal in the organization language and stays open', async () => {
    server.use(
      rpc('member_open_work', () => ok(nothingOpen)),
      rpc('remove_member', () => dbError(409, 'PT409', 'The organization needs at least one admin: make someone else an admin first.', 'last_admin')),
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
  it('refuses no role without a request (the first checkbox focused), then saves the chosen roles in one rpc', async () => {
    server.use(rpc('set_member_roles', () => ok(null)));
    const onClose = vi.fn();
    renderWithProviders(<RolesDialog member={closer} onClose={onClose} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog', { name: 'Roles of Dipanshu' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Closer' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Choose at least one role.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')[0]).toHaveFocus());
    expect(requests).toEqual([]);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Manager' }));
    expect(within(dialog).queryByText('Choose at least one role.')).toBeNull();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Closer' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(rpcBodies('set_member_roles')).toEqual([{ p_organization_id: nikist.id, p_user_id: 'u-closer', p_roles: ['closer', 'manager'] }]);
  });

  it('says there is nothing to save for the roles they already have (also after unticking and ticking one again)', async () => {
    renderWithProviders(<RolesDialog member={{ ...closer, roles: ['manager', 'closer'] }} onClose={() => {}} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog', { name: 'Roles of Dipanshu' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Nothing has changed, so there is nothing to save.');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Closer' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Closer' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Nothing has changed');
    expect(requests).toEqual([]);
  });
});

describe('Invite dialog', () => {
  it('checks the email before sending (the field focused, the message next to it), then invites through the Edge Function', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post('*/functions/v1/invite-member', async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ invitation: { id: 'i1', email: 'kavya@example.com' }, existing_user: false, email_sent: true });
      }),
    );
    const onClose = vi.fn();
    renderWithProviders(<InviteDialog onClose={onClose} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog');
    const email = within(dialog).getByLabelText(/email/i);
    await userEvent.type(email, 'kavya@');
    await userEvent.click(within(dialog).getByRole('button', { name: /send invitation|invite/i }));
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/valid email/i);
    expect(sent).toEqual([]);
    await userEvent.type(email, 'Example.com ');
    expect(email).toHaveAttribute('aria-invalid', 'false');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Manager' }));
    await userEvent.click(within(dialog).getByRole('button', { name: /send invitation|invite/i }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toEqual([expect.objectContaining({ organization_id: nikist.id, email: 'kavya@example.com', roles: ['closer', 'manager'] })]);
  });

  it('puts "already a member" next to the email', async () => {
    server.use(http.post('*/functions/v1/invite-member', () => HttpResponse.json({ code: 'PT409', message: 'Already a member.', hint: 'already_member' }, { status: 409 })));
    renderWithProviders(<InviteDialog onClose={() => {}} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog');
    const email = within(dialog).getByLabelText(/email/i);
    await userEvent.type(email, 'dipanshu@nikist.demo');
    await userEvent.click(within(dialog).getByRole('button', { name: /send invitation|invite/i }));
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/already/i);
  });
});

describe('Settings form', () => {
  it('says there is nothing to save when nothing changed, and sends nothing', async () => {
    renderWithProviders(<SettingsForm />, { org: nikist, roles: ['admin'] });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing has changed, so there is nothing to save.');
    expect(requests).toEqual([]);
  });

  it('refuses a wait target out of range next to the field (focused), then saves once it is fixed', async () => {
    server.use(rpc('update_organization_settings', () => ok(null)));
    renderWithProviders(<SettingsForm />, { org: nikist, roles: ['admin'] });
    const wait = screen.getByLabelText(/call-wait target/i);
    await userEvent.clear(wait);
    await userEvent.type(wait, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(wait).toHaveFocus());
    expect(wait).toHaveAccessibleDescription(/between 1 and 240/);
    expect(requests).toEqual([]);
    await userEvent.clear(wait);
    await userEvent.type(wait, '25');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(rpcBodies('update_organization_settings')).toHaveLength(1));
    expect(rpcBodies('update_organization_settings')[0]).toEqual({
      p_organization_id: nikist.id,
      p_name: 'Nikist',
      p_timezone: 'Asia/Kolkata',
      p_currency: 'INR',
      p_locale: 'en',
      p_call_wait_target_minutes: '25',
    });
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
  });

  it("puts the database's refusal of a field next to it", async () => {
    server.use(rpc('update_organization_settings', () => dbError(400, '22023', 'The call-wait target must be between 1 and 240 minutes.', 'field:call_wait_target_minutes')));
    renderWithProviders(<SettingsForm />, { org: nikist, roles: ['admin'] });
    const wait = screen.getByLabelText(/call-wait target/i);
    await userEvent.clear(wait);
    await userEvent.type(wait, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(wait).toHaveAttribute('aria-invalid', 'true'));
    expect(wait).toHaveAccessibleDescription(/must be between 1 and 240 minutes/);
  });
});
