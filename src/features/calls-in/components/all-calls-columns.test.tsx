// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate } from '@/lib/i18n';
import { DataTable, columnsToCsv } from '@/components/data-table';
import type { AllCallRow } from '../api/get-all-calls';
import { allCallsColumns } from './all-calls-columns';

afterEach(cleanup);

const row = (over: Partial<AllCallRow>): AllCallRow => ({
  id: 'a1',
  lead_id: 'l1',
  lead_name: 'Amit Kumar',
  lead_email: 'amit@example.com',
  lead_phone: null,
  closer_id: null,
  closer_name: null,
  scheduled_date: '2026-12-12',
  scheduled_time: '17:28:00',
  status: 'scheduled',
  cancellation_reason: null,
  additional_comments: null,
  version: 1,
  total_count: 3,
  ...over,
});
const rows = [
  row({}),
  row({ id: 'a2', lead_name: 'Bea Lima', status: 'converted', closer_id: 'u1', closer_name: 'Dipanshu' }),
  row({ id: 'a3', lead_name: 'Caio Reis', status: 'cancelled', cancellation_reason: 'Travelling', scheduled_time: null }),
];

function columns(over: Partial<Parameters<typeof allCallsColumns>[0]> = {}) {
  return allCallsColumns({
    t: (k, v) => translate('pt-BR', k, v),
    locale: 'pt-BR',
    timezone: 'America/Sao_Paulo',
    selected: new Set(['a1']),
    selectable: rows.filter((r) => r.status !== 'converted'),
    onToggle: () => undefined,
    onToggleAll: () => undefined,
    onReschedule: () => undefined,
    onCancel: () => undefined,
    ...over,
  });
}

describe('all calls column model', () => {
  it("dates and times in the organization's one format (not the browser's), and a sale has no actions", () => {
    render(<DataTable columns={columns()} rows={rows} rowKey={(r) => r.id} caption="Ligações" />);
    const amit = screen.getByRole('rowheader', { name: /amit kumar/i }).closest('tr')!;
    // pt-BR: "12 de dez. de 2026 17:28", never "Dec 12, 2026" or "5:28 PM".
    expect(within(amit).getByText(/^12 de dez\.? de 2026 17:28$/)).toHaveAttribute('data-label', 'Agendada');
    expect(within(amit).getByRole('checkbox', { name: translate('pt-BR', 'calls.assign.selectOne', { name: 'Amit Kumar' }) })).toBeChecked();
    const bea = screen.getByRole('rowheader', { name: /bea lima/i }).closest('tr')!;
    expect(within(bea).getByRole('checkbox')).toBeDisabled();
    expect(within(bea).queryAllByRole('button')).toHaveLength(0);
    const caio = screen.getByRole('rowheader', { name: /caio reis/i }).closest('tr')!;
    expect(within(caio).getAllByRole('button').map((b) => b.textContent)).toEqual([translate('pt-BR', 'calls.reschedule.rebook')]);
    // The selection box labels itself on a phone card; the actions cell has no label.
    expect(within(amit).getAllByRole('cell')[0]).toHaveAttribute('data-label', '');
  });

  it('the header checkbox selects the page', async () => {
    const onToggleAll = vi.fn();
    render(<DataTable columns={columns({ onToggleAll })} rows={rows} rowKey={(r) => r.id} caption="Ligações" />);
    const all = screen.getByRole('checkbox', { name: translate('pt-BR', 'calls.assign.selectPage') });
    expect(all).not.toBeChecked();
    await userEvent.setup().click(all);
    expect(onToggleAll).toHaveBeenCalledOnce();
  });

  it('the CSV comes from the same columns', () => {
    const [head, line] = columnsToCsv(columns({ t: (k, v) => translate('en', k, v), locale: 'en' }), rows.slice(2)).trim().split(/\r?\n/);
    expect(head).toBe('Lead,Email,Phone,Scheduled,Closer,Status,Reason');
    expect(line).toBe('Caio Reis,amit@example.com,,2026-12-12,Unassigned,Cancelled,Travelling');
  });
});
