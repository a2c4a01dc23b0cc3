// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate } from '@/lib/i18n';
import { renderWithProviders, vitalis } from '@/lib/test-providers';
import { DataTable, columnsToCsv } from '@/components/data-table';
import type { QueueRow, ResolvedRow } from '../api/rows';
import { pendingColumns } from './pending-columns';
import { resolvedColumns } from './resolved-columns';

afterEach(cleanup);

const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('en', k, v);
const request: QueueRow = {
  call_log_id: 'log-1',
  chat_session_id: 's1',
  member_id: 'm1',
  member_name: 'Ana Souza',
  member_phone: null,
  company_id: 'co1',
  company_name: 'Acme',
  pillar: 'legal',
  reason: 'Contract question',
  session_status: 'phone_escalated',
  call_status: 'pending',
  requested_at: '2026-12-07T10:00:00Z',
  attempts: 2,
  last_attempt_at: null,
  scheduled_for: null,
  claimed_by: 'me',
  claimed_by_name: 'Me',
  claimed_at: null,
  total_count: 1,
};
const resolved: ResolvedRow = {
  call_log_id: 'log-2',
  chat_session_id: 's2',
  member_name: 'Bruno Lima',
  company_name: 'Acme',
  pillar: 'financial',
  outcome: 'escalated',
  call_notes: 'Sent to a planner',
  specialist_id: 'sp1',
  specialist_name: 'Carla',
  completed_at: '2026-12-07T12:30:00Z',
  booking_id: null,
  booking_date: null,
  total_count: 1,
};

describe('pending requests column model', () => {
  it('the row carries its call log id, the member is the title, the secondary columns give way, Call hands the request back', async () => {
    const onCall = vi.fn();
    const columns = pendingColumns({ t, locale: 'en', timezone: 'America/Sao_Paulo', waitTargetMinutes: 15, userId: 'me', onCall });
    renderWithProviders(<DataTable columns={columns} rows={[request]} rowKey={(r) => r.call_log_id} caption="Pending" rowData={(r) => ({ 'call-log-id': r.call_log_id })} />, { org: vitalis });
    const tr = screen.getByRole('rowheader', { name: /ana souza/i }).closest('tr')!;
    expect(tr).toHaveAttribute('data-call-log-id', 'log-1');
    expect(tr.querySelector('td[data-label="Handled by"]')).toHaveTextContent(/^You$/);
    for (const name of ['Company', 'Pillar', 'Attempts']) expect(screen.getByRole('columnheader', { name })).toHaveClass('col-low');
    expect(screen.getByRole('columnheader', { name: 'Handled by' })).toHaveClass('col-optional');
    await userEvent.setup().click(within(tr).getByRole('button', { name: /^call\s*ana souza/i }));
    expect(onCall).toHaveBeenCalledWith(request);
    expect(columnsToCsv(columns, [request]).trim().split(/\r?\n/)).toEqual(['Member,Company,Pillar,Reason,Attempts,Status,Handled by', 'Ana Souza,Acme,Legal,Contract question,2,Waiting,You']);
  });
});

describe('resolved calls column model', () => {
  it('outcome and times in the organization timezone; the CSV from the same columns', () => {
    const columns = resolvedColumns({ t, locale: 'en', timezone: 'America/Sao_Paulo' });
    renderWithProviders(<DataTable columns={columns} rows={[resolved]} rowKey={(r) => r.call_log_id} caption="Resolved" scrollLabel="Resolved" />, { org: vitalis });
    // The scroller takes keyboard focus.
    expect(screen.getByRole('region', { name: 'Resolved' })).toHaveAttribute('tabindex', '0');
    const tr = screen.getByRole('rowheader', { name: /bruno lima/i }).closest('tr')!;
    // 12:30 UTC is 09:30 in São Paulo.
    expect(within(tr).getByText(/Dec 7, 2026,? 9:30\s?AM/)).toHaveAttribute('data-label', 'Completed');
    expect(within(tr).getByText('Escalated')).toBeInTheDocument();
    expect(columnsToCsv(columns, [resolved]).trim().split(/\r?\n/)).toEqual([
      'Member,Company,Pillar,Outcome,Notes,Specialist,Completed,Session booked for',
      'Bruno Lima,Acme,Financial,Escalated,Sent to a planner,Carla,2026-12-07T12:30:00Z,',
    ]);
  });
});
