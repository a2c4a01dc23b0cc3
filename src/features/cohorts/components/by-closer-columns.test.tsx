// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { translate } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { DataTable } from '@/components/data-table';
import { byCloserColumns, type ByCloserRow } from './by-closer-columns';

afterEach(cleanup);

const rows: ByCloserRow[] = [
  { closer_id: '0b000000-0000-4000-8000-000000000003', closer_name: 'Dipanshu', students: 3, offered: 150000, received: 90000, due: 40000, written_off: 20000 },
  { closer_id: null, closer_name: null, students: 1, offered: 50000, received: 50000, due: 0, written_off: 0 },
];

describe('by-closer column model', () => {
  it('names each closer (or says there is none) and shows the money in the organization currency, with the card labels', () => {
    const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate('pt-BR', k, v);
    const money = (n: number) => formatMoney(n, 'BRL', 'pt-BR');
    render(<DataTable columns={byCloserColumns(t, money, (n) => n.toLocaleString('pt-BR'))} rows={rows} rowKey={(c) => c.closer_id ?? 'none'} caption="Por closer" compact />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual((['cohorts.col.closer', 'cohorts.students', 'cohorts.offered', 'cohorts.received', 'cohorts.due', 'money.writtenOff'] as const).map((k) => t(k)));
    const row = (name: string | RegExp) => screen.getByRole('row', { name });
    const dipanshu = row(/^Dipanshu/);
    const none = row(new RegExp(`^${translate('pt-BR', 'cohorts.noCloser')}`));
    expect(within(dipanshu).getByRole('rowheader')).toHaveTextContent('Dipanshu');
    expect(within(none).getByRole('rowheader')).toHaveTextContent(translate('pt-BR', 'cohorts.noCloser'));
    const received = within(dipanshu).getAllByRole('cell').find((c) => c.getAttribute('data-label') === translate('pt-BR', 'cohorts.received'));
    expect(received?.textContent).toBe(money(90000));
    expect(received).toHaveAttribute('data-label', translate('pt-BR', 'cohorts.received'));
  });
});
