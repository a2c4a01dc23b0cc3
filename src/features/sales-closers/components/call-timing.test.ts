import { describe, expect, it } from 'vitest';
import { callTiming } from './call-timing';

// 10:30 in Asia/Kolkata on 2026-05-10 is 05:00 UTC.
const at = '2026-05-10T05:00:00Z';
const t = (iso: string) => Date.parse(iso);
const call = (status: string, time: string | null = '10:30:00', scheduled_at = at) => ({ status, scheduled_at, scheduled_time: time });

describe('callTiming', () => {
  it('is nothing until 10 minutes before, "now" from then until 30 minutes after, then "overdue"', () => {
    expect(callTiming(call('scheduled'), t('2026-05-10T04:49:59Z'))).toBeNull();
    expect(callTiming(call('scheduled'), t('2026-05-10T04:50:00Z'))).toBe('now');
    expect(callTiming(call('scheduled'), t('2026-05-10T05:29:59Z'))).toBe('now');
    expect(callTiming(call('scheduled'), t('2026-05-10T05:30:00Z'))).toBe('overdue');
    expect(callTiming(call('reschedule'), t('2026-05-12T00:00:00Z'))).toBe('overdue');
    expect(callTiming(call('pending'), t('2026-05-10T05:00:00Z'))).toBe('now');
  });

  it('never badges a call that has its outcome', () => {
    for (const s of ['converted', 'not_converted', 'no_show', 'refunded', 'discontinued', 'booking_amount', 'so_so']) {
      expect(callTiming(call(s), t('2026-05-10T05:00:00Z'))).toBeNull();
      expect(callTiming(call(s), t('2026-06-01T00:00:00Z'))).toBeNull();
    }
  });

  it('a call without a time is overdue only once its day has ended in the organization timezone', () => {
    // Midnight of 2026-05-10 in Asia/Kolkata is 2026-05-09T18:30Z; the day ends at 2026-05-10T18:30Z.
    const day = call('scheduled', null, '2026-05-09T18:30:00Z');
    expect(callTiming(day, t('2026-05-10T12:00:00Z'))).toBeNull();
    expect(callTiming(day, t('2026-05-10T18:29:59Z'))).toBeNull();
    expect(callTiming(day, t('2026-05-10T18:30:00Z'))).toBe('overdue');
  });

  it('ignores an unreadable time', () => {
    expect(callTiming(call('scheduled', '10:30:00', 'nope'), t(at))).toBeNull();
  });
});
