import { describe, expect, it } from 'vitest';
import { addDays, parseDateRange } from './date-range';

describe('parseDateRange', () => {
  it('accepts From on or before To', () => {
    expect(parseDateRange('2026-02-02', '2026-02-08')).toEqual({ ok: true, from: '2026-02-02', to: '2026-02-08' });
    expect(parseDateRange('2026-02-08', '2026-02-08').ok).toBe(true);
  });
  it('refuses missing or impossible dates and From after To, on the right field', () => {
    expect(parseDateRange('', '2026-02-08')).toEqual({ ok: false, errors: { from: 'period.fromRequired' } });
    expect(parseDateRange('2026-02-02', '')).toEqual({ ok: false, errors: { to: 'period.toRequired' } });
    expect(parseDateRange('2026-02-30', '2026-03-08')).toEqual({ ok: false, errors: { from: 'period.fromRequired' } });
    expect(parseDateRange('2026-02-09', '2026-02-08')).toEqual({ ok: false, errors: { to: 'period.toBeforeFrom' } });
  });
  it('adds days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
