// The calls screen keeps its filters in the address (shareable, back button works, and the
// summary's counts link straight to a filtered list).
import { CALL_APPOINTMENT_STATUSES, CONVERTED_STATUSES } from '@/domain/statuses';
import type { CloserCallFilters } from '../api/get-closer-calls';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromParams(p: URLSearchParams): CloserCallFilters {
  const statuses = (p.get('status') ?? '')
    .split(',')
    .filter((s) => (CALL_APPOINTMENT_STATUSES as readonly string[]).includes(s));
  const from = p.get('from');
  const to = p.get('to');
  const page = Number(p.get('page') ?? '1');
  return {
    statuses,
    from: from && DATE_RE.test(from) ? from : null,
    to: to && DATE_RE.test(to) ? to : null,
    search: p.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

export function paramsFromFilters(f: CloserCallFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.statuses.length) p.set('status', f.statuses.join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.search) p.set('q', f.search);
  if (f.page > 0) p.set('page', String(f.page + 1));
  return p;
}

/** True when both dates are set and From is after To: no call can match, so the screen says so. */
export function isDateRangeInverted(f: Pick<CloserCallFilters, 'from' | 'to'>): boolean {
  return f.from !== null && f.to !== null && f.from > f.to;
}

/** Which statuses each count of the summary stands for. */
export const SUMMARY_COUNT_STATUSES = {
  assigned: [],
  converted: [...CONVERTED_STATUSES],
  not_converted: ['not_converted'],
  rescheduled: ['reschedule'],
} as const satisfies Record<string, readonly string[]>;

export function callsHref(orgId: string, closerId: string, statuses: readonly string[], period: { from: string; to: string } | null = null) {
  const p = paramsFromFilters({ statuses: [...statuses], from: period?.from ?? null, to: period?.to ?? null, search: '', page: 0 });
  const q = p.toString().replace(/%2C/g, ',');
  return `/o/${orgId}/sales-closers/${closerId}${q ? `?${q}` : ''}`;
}
