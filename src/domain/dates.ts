// Dates and times in the organization's timezone (not the browser's). Calendar dates stored as
// `date` (yyyy-mm-dd) are days, not instants: they are never shifted by a timezone.

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const APP_LOCALES = new Set(['en', 'pt-BR']);

/** The wall-clock fields (year … second, zero-padded, 24 h) of an instant in the timezone. */
export function zonedParts(date: Date, timezone: string): Record<string, string> {
  const out: Record<string, string> = {};
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of formatter.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** Today's date (yyyy-mm-dd) in the timezone: the organization's day, not the browser's. */
export function todayIn(timezone: string, now: Date = new Date()): string {
  return dateIn(now, timezone);
}

/** The calendar day (yyyy-mm-dd) an instant falls on in the timezone. */
export function dateIn(instant: Date | string, timezone: string): string {
  const p = zonedParts(typeof instant === 'string' ? new Date(instant) : instant, timezone);
  return `${p.year}-${p.month}-${p.day}`;
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/**
 * A date for people. `formatDate('2026-11-23', locale)` formats a calendar date (no timezone
 * involved); `formatDate(instant, timezone, locale)` formats the day an instant falls on in the
 * timezone.
 */
export function formatDate(date: string, locale: string): string;
export function formatDate(date: Date | string, timezone: string, locale?: string): string;
export function formatDate(date: Date | string, timezoneOrLocale: string, maybeLocale?: string): string {
  const twoArgLocale = maybeLocale === undefined && APP_LOCALES.has(timezoneOrLocale);
  const locale = twoArgLocale ? timezoneOrLocale : (maybeLocale ?? 'en');
  if (typeof date === 'string' && DATE_ONLY.test(date)) {
    // A calendar day: format it at noon UTC in UTC so no offset can move it to another day.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  }
  const timezone = twoArgLocale ? 'UTC' : timezoneOrLocale;
  const d = toDate(date);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: timezone }).format(d);
}

/** An instant (ISO string from a timestamptz) as date and time in the organization's timezone. */
export function formatDateTime(iso: Date | string, timezone: string, locale: string = 'en'): string {
  const d = toDate(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: timezone }).format(d);
}

/** A wall-clock `time` column (HH:MM[:SS]) in the locale's style, e.g. 2:30 PM or 14:30. */
export function formatTime(time: string, locale: string = 'en'): string {
  const m = /^(\d{2}):(\d{2})/.exec(time);
  if (!m) return time;
  const d = new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])));
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(d);
}

/**
 * A wait time, e.g. "45m", "2h 5m", "3d 4h" (pt-BR: "45min", "2h 5min"). Shows the two largest
 * units; under a minute shows "0m". Negative durations (clock skew) count as zero.
 */
export function formatDuration(ms: number, locale: string = 'en'): string {
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'narrow' }).format(value);
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return minutes > 0 ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  return unit(minutes, 'minute');
}
