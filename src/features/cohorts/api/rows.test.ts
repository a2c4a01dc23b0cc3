import { describe, expect, it } from 'vitest';
import { rosterRow } from './rows';

const base = {
  id: 's1', lead_id: 'l1', lead_name: 'Amit', lead_email: null, lead_phone: null, closer_id: null, closer_name: null, status: 'active',
  offer_amount: '50000', cash_received: '12500.00', due_amount: '37500', written_off: '0', classes_access: 15, conversion_date: '2026-12-01',
  next_follow_up_date: null, pay_after_earning: false, notes: null, refund_reason: null, total_count: '1',
};

describe('roster row parse', () => {
  it('turns node-postgres numerics into numbers and lets the other columns of list_batch_roster through', () => {
    const row = rosterRow.parse({ ...base, a_new_column: '2026-12-05' }) as Record<string, unknown>;
    expect(row.cash_received).toBe(12500);
    expect(row.total_count).toBe(1);
    // A column the function returns that this parse does not name reaches the column model as is.
    expect(row.a_new_column).toBe('2026-12-05');
  });

  it('still refuses a row whose known columns are wrong', () => {
    expect(() => rosterRow.parse({ ...base, status: null })).toThrow();
    expect(() => rosterRow.parse({ ...base, offer_amount: 'lots' })).toThrow();
  });
});
