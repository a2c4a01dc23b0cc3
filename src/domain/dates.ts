// Dates and times in the organization's timezone (not the browser's). Calendar dates stored as
// `date` (yyyy-mm-dd) are days, not instants: they are never shifted by a timezone.

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const APP_LOCALES = new Set(['en', 'en-IN', 'pt-BR']);
const INDIAN_TIMEZONES = new Set(['Asia/Kolkata', 'Asia/Calcutta']);

/**
 * The locale dates are written in: an English-speaking organization in India reads
 * "02 Dec 2026" (en-IN, day first), not "Dec 2, 2026". Labels stay in the app locale.
 */
export function dateLocale(locale: string, timezone: string): string {
  return locale === 'en' && INDIAN_TIMEZONES.has(timezone) ? 'en-IN' : locale;
}

/** Intl options for a medium date: en-IN as "02 Dec 2026", others as their dateStyle medium. */
function dateOptions(locale: string): Intl.DateTimeFormatOptions {
  return locale === 'en-IN' ? { day: '2-digit', month: 'short', year: 'numeric' } : { dateStyle: 'medium' };
}

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
    const l = twoArgLocale ? locale : dateLocale(locale, timezoneOrLocale);
    return new Intl.DateTimeFormat(l, { ...dateOptions(l), timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  }
  const timezone = twoArgLocale ? 'UTC' : timezoneOrLocale;
  const d = toDate(date);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(dateLocale(locale, timezone), { ...dateOptions(dateLocale(locale, timezone)), timeZone: timezone }).format(d);
}

/** An instant (ISO string from a timestamptz) as date and time in the organization's timezone. */
export function formatDateTime(iso: Date | string, timezone: string, locale: string = 'en'): string {
  const d = toDate(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const l = dateLocale(locale, timezone);
  const options: Intl.DateTimeFormatOptions = l === 'en-IN' ? { ...dateOptions(l), hour: 'numeric', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(l, { ...options, timeZone: timezone }).format(d);
}

/** The time of day of an instant in the timezone, e.g. 11:58 AM (en) or 11:58 (pt-BR). */
export function formatInstantTime(iso: Date | string, timezone: string, locale: string = 'en'): string {
  const d = toDate(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(dateLocale(locale, timezone), { hour: 'numeric', minute: '2-digit', timeZone: timezone }).format(d);
}

/**
 * A wall-clock `time` column (HH:MM[:SS]) in the organization's style, e.g. 2:30 PM or 14:30.
 * With the organization's timezone it is written as its instants are (formatInstantTime): one
 * time format per organization.
 */
export function formatTime(time: string, locale: string = 'en', timezone?: string): string {
  const m = /^(\d{2}):(\d{2})/.exec(time);
  if (!m) return time;
  const d = new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])));
  return new Intl.DateTimeFormat(timezone ? dateLocale(locale, timezone) : locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(d);
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

/** A timezone as people read it ("Horário Padrão de Brasília", "India Standard Time"), not its IANA id. */
export function timezoneLabel(timezone: string, locale: string = 'en', at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'long' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    return part?.value ?? timezone;
  } catch {
    return timezone;
  }
}
