import { describe, expect, it } from 'vitest';
import { callsHref, filtersFromParams, isDateRangeInverted, paramsFromFilters } from './call-filters';

describe('calls filters in the address', () => {
  it('round-trips statuses, dates, search and page', () => {
    const f = { statuses: ['converted', 'refunded'], from: '2026-11-01', to: '2026-11-30', search: 'amit', page: 2 };
    expect(filtersFromParams(paramsFromFilters(f))).toEqual(f);
  });
  it('drops unknown statuses and malformed dates', () => {
    const f = filtersFromParams(new URLSearchParams('status=converted,bogus&from=yesterday&page=-3'));
    expect(f).toEqual({ statuses: ['converted'], from: null, to: null, search: '', page: 0 });
  });
  it('links a count to the calls pre-filtered by its statuses', () => {
    expect(callsHref('o1', 'c1', ['not_converted'])).toBe('/o/o1/sales-closers/c1?status=not_converted');
    expect(callsHref('o1', 'c1', [])).toBe('/o/o1/sales-closers/c1');
    expect(callsHref('o1', 'c1', ['reschedule'], { from: '2026-12-01', to: '2026-12-07' })).toBe('/o/o1/sales-closers/c1?status=reschedule&from=2026-12-01&to=2026-12-07');
  });
  it('flags From after To, and only then', () => {
    expect(isDateRangeInverted({ from: '2026-12-10', to: '2026-12-01' })).toBe(true);
    expect(isDateRangeInverted({ from: '2026-12-01', to: '2026-12-01' })).toBe(false);
    expect(isDateRangeInverted({ from: '2026-12-01', to: '2026-12-10' })).toBe(false);
    expect(isDateRangeInverted({ from: '2026-12-10', to: null })).toBe(false);
    expect(isDateRangeInverted({ from: null, to: '2026-12-01' })).toBe(false);
  });
});
