// @vitest-environment jsdom
// The KPI cards' custom period on the form layer: both dates, From on or before To, checked on
// Show (the first wrong date focused) before the one closer_kpis call. Network stubbed with MSW.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dbError, ok, rpc, sentTo, server, setupNetwork } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { CloserKpis } from './closer-kpis';

const zero = { calls_today: 0, calls: 0, decided: 0, converted_of_calls: 0, conversions: 0, conversion_rate: null, cash_collected: 0, refunds: 0, offered: 0, received: 0, due: 0, written_off: 0 };
const answer = (body: unknown) => {
  const b = body as { p_preset: string; p_from?: string; p_to?: string };
  return ok({ period: { preset: b.p_preset, from: b.p_from ?? '2026-12-07', to: b.p_to ?? '2026-12-07', today: '2026-12-07' }, closers: [], total: zero });
};
const kpiCalls = () => sentTo('/rest/v1/rpc/closer_kpis').map((r) => r.body);

setupNetwork();
afterEach(cleanup);

describe('KPI custom period', () => {
  it('asks for both dates next to them (From focused), refuses To before From, then asks the period once', async () => {
    server.use(rpc('closer_kpis', answer));
    renderWithProviders(<CloserKpis />, { org: nikist, roles: ['admin'] });
    await waitFor(() => expect(kpiCalls()).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Custom' }));
    const period = screen.getByRole('form', { name: 'Custom period' });
    await userEvent.click(within(period).getByRole('button', { name: 'Show' }));
    const from = within(period).getByLabelText('From');
    const to = within(period).getByLabelText('To');
    await waitFor(() => expect(from).toHaveFocus());
    expect(from).toHaveAccessibleDescription('Choose the start date.');
    expect(to).toHaveAccessibleDescription('Choose the end date.');
    await userEvent.type(from, '10/12/2026');
    expect(from).not.toHaveAttribute('aria-invalid');
    await userEvent.type(to, '01/12/2026');
    await userEvent.click(within(period).getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(to).toHaveAccessibleDescription('The end date must be on or after the start date.'));
    expect(kpiCalls()).toHaveLength(1);
    await userEvent.clear(to);
    await userEvent.type(to, '31/12/2026');
    await userEvent.click(within(period).getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(kpiCalls()).toHaveLength(2));
    expect(kpiCalls()[1]).toEqual({ p_organization_id: nikist.id, p_preset: 'custom', p_from: '2026-12-10', p_to: '2026-12-31' });
  });

  it("shows the database's refusal of a date next to it", async () => {
    server.use(rpc('closer_kpis', (body) => ((body as { p_preset: string }).p_preset === 'custom' ? dbError(400, '22023', 'A period can be at most 366 days long.', 'field:to') : answer(body))));
    renderWithProviders(<CloserKpis />, { org: nikist, roles: ['admin'] });
    await userEvent.click(screen.getByRole('button', { name: 'Custom' }));
    const period = screen.getByRole('form', { name: 'Custom period' });
    await userEvent.type(within(period).getByLabelText('From'), '01/01/2020');
    await userEvent.type(within(period).getByLabelText('To'), '31/12/2026');
    await userEvent.click(within(period).getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(within(period).getByLabelText('To')).toHaveAccessibleDescription('A period can be at most 366 days long.'));
  });
});
