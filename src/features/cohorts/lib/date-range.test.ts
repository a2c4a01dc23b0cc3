import { describe, expect, it } from 'vitest';
import { validateDateRange } from './date-range';

describe('validateDateRange', () => {
  it('accepts open ends and a range in order, both ends included', () => {
    expect(validateDateRange({ from: '', to: '' })).toEqual({});
    expect(validateDateRange({ from: '2026-01-01', to: '' })).toEqual({});
    expect(validateDateRange({ from: '2026-01-01', to: '2026-01-01' })).toEqual({});
  });
  it('refuses an end before the start, impossible dates and years outside 1900..2100', () => {
    expect(validateDateRange({ from: '2026-02-01', to: '2026-01-31' })).toEqual({ to: 'cohorts.form.rangeOrder' });
    expect(validateDateRange({ from: '2026-02-30', to: '' })).toEqual({ from: 'sales.form.dateRequired' });
    expect(validateDateRange({ from: '1899-12-31', to: '' })).toEqual({ from: 'cohorts.form.yearRange' });
    expect(validateDateRange({ from: '', to: '2101-01-01' })).toEqual({ to: 'cohorts.form.yearRange' });
  });
});
