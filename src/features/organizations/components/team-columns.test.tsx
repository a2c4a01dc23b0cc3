// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { translate } from '@/lib/i18n';
import { DataTable, columnsToCsv } from '@/components/data-table';
import type { PendingInvitation, TeamMember } from '../api/get-team';
import { invitationColumns, memberColumns } from './team-columns';

afterEach(cleanup);

const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('en', k, v);
const base = { t, locale: 'en' as const, timezone: 'Asia/Kolkata' };
const me: TeamMember = { userId: 'u1', name: 'Priya', email: 'priya@nikist.demo', roles: ['admin', 'closer'], since: '2026-11-02T06:00:00Z' };
const invitation: PendingInvitation = {
  id: 'i1',
  email: 'new@nikist.demo',
  roles: ['closer'],
  status: 'pending',
  expires_at: '2026-12-01T00:00:00Z',
  sent_count: 2,
  last_sent_at: '2026-11-24T04:30:00Z',
  created_at: '2026-11-20T04:30:00Z',
};

describe('team column models', () => {
  it('members: the name as the row title (you marked), roles as badges, actions named per person', () => {
    const columns = memberColumns({ ...base, userId: 'u1', onRoles: vi.fn(), onRemove: vi.fn() });
    render(<DataTable columns={columns} rows={[me]} rowKey={(m) => m.userId} caption="Members" />);
    const tr = screen.getByRole('rowheader', { name: /^priya\s*\(you\)/i }).closest('tr')!;
    expect(tr.querySelector('td[data-label="Member since"]')).toHaveTextContent(/^02 Nov 2026$/);
    expect(within(tr).getByRole('button', { name: 'Change roles of Priya' })).toBeInTheDocument();
    expect(columnsToCsv(columns, [me]).trim().split(/\r?\n/)).toEqual(['Name,Email,Roles,Member since', 'Priya,priya@nikist.demo,"Admin, Closer",2026-11-02T06:00:00Z']);
  });

  it('invitations: an expired one says so, read against the given clock', () => {
    const columns = invitationColumns({ ...base, now: Date.parse('2026-12-02T00:00:00Z'), resendingId: 'i1', resendPending: true, onResend: vi.fn(), onRevoke: vi.fn() });
    render(<DataTable columns={columns} rows={[invitation]} rowKey={(i) => i.id} caption="Invitations" />);
    const tr = screen.getByRole('rowheader', { name: /^new@nikist\.demo/ }).closest('tr')!;
    expect(tr.querySelector('td[data-label="Expiry"]')).toHaveTextContent(/expired/i);
    expect(within(tr).getByRole('button', { name: /resend the invitation/i })).toBeDisabled();
    expect(screen.getByRole('columnheader', { name: 'Sent' })).toHaveClass('col-low');
  });
});
