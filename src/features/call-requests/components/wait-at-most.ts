import { formatDuration } from '@/domain/dates';

/**
 * A percentile of the waits as call_desk_metrics gives it (percentile_cont of the waits rounded up
 * to their bucket: 1 s under a minute, 1 min up to a day, 1 h beyond), shown as what it is: an
 * upper bound ("≤ 5 min"), rounded up to the unit the page shows, never down.
 */
export function waitAtMost(s: number, locale: string): string {
  if (s < 60) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'narrow', maximumFractionDigits: 0 }).format(Math.ceil(s));
  }
  const step = s <= 86_400 ? 60 : 3600;
  return formatDuration(Math.ceil(s / step) * step * 1000, locale);
}
