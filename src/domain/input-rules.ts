// The input rules the write functions enforce (supabase/migrations/20261202101000_write_rpc_input_ranges.sql,
// docs/api.md "Ranges"), for the forms to check first with the same ranges and a translated message.

/**
 * Characters that show nothing: Unicode White_Space and Default_Ignorable_Code_Point (zero-width
 * spaces and joiners, bidi controls such as U+202E and U+2066, invisible operators such as U+2061,
 * the combining grapheme joiner U+034F, variation selectors such as U+FE0F, Hangul fillers U+115F,
 * U+3164, tag characters U+E0000..U+E0FFF, BOM, soft hyphen...) and the blank Braille pattern U+2800.
 * Inclusive code point ranges, sorted. private.clean_text strips exactly these (the same list in its
 * bracket expression, supabase/migrations/20261207110000_invisible_text_and_batch_dates.sql; a test
 * compares them), and input-rules.test.ts checks the list against the Unicode properties.
 */
export const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0009, 0x000d], [0x0020, 0x0020], [0x0085, 0x0085], [0x00a0, 0x00a0], [0x00ad, 0x00ad], [0x034f, 0x034f],
  [0x061c, 0x061c], [0x115f, 0x1160], [0x1680, 0x1680], [0x17b4, 0x17b5], [0x180b, 0x180f], [0x2000, 0x200f],
  [0x2028, 0x202f], [0x205f, 0x206f], [0x2800, 0x2800], [0x3000, 0x3000], [0x3164, 0x3164], [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff0, 0xfff8], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0000, 0xe0fff],
];

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
const INVISIBLE = INVISIBLE_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
const ENDS = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'gu');

/** Text without whitespace/invisible characters at either end ('' when nothing visible is left). */
export function cleanText(value: string): string {
  return value.replace(ENDS, '');
}

/** True when the text has nothing visible (empty, spaces, tabs, newlines, NBSP, zero-width space, bidi controls, fillers…). */
export function isBlankText(value: string | null | undefined): boolean {
  return cleanText(value ?? '') === '';
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written yyyy-mm-dd (years 0001..9999). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1) return false;
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day n years later (29 Feb → 1 Mar, as Postgres `date + interval 'n years'` gives 28 Feb: use the earlier). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(2000, m - 1, d));
  target.setUTCFullYear(y + years);
  // Postgres clamps 29 Feb + 1 year to 28 Feb; do the same.
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export type AheadDateProblem = 'past' | 'tooFar';

/** A follow-up / reschedule day: from today to two years ahead (today in the organization's timezone). */
export function aheadDateProblem(value: string, today: string): AheadDateProblem | null {
  if (value < today) return 'past';
  if (value > addYears(today, 2)) return 'tooFar';
  return null;
}

/** An instant (booking, call follow-up): after now and at most two years ahead. */
export function aheadInstantProblem(at: Date, now: Date): AheadDateProblem | null {
  if (at.getTime() <= now.getTime()) return 'past';
  const limit = new Date(now.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() + 2);
  if (at.getTime() > limit.getTime()) return 'tooFar';
  return null;
}

/** A batch's start and end dates (private.arg_batch_date refuses others). */
export const BATCH_DATE_MIN = '2000-01-01';
export const BATCH_DATE_MAX = '2100-12-31';

/** True for a real calendar day within the batch date range. */
export function isBatchDate(value: string): boolean {
  return isCalendarDate(value) && value >= BATCH_DATE_MIN && value <= BATCH_DATE_MAX;
}

/** The earliest payment date: 1 January of the year before the batch's year. */
export function paymentDateFloor(batchYear: number): string {
  return `${String(batchYear - 1).padStart(4, '0')}-01-01`;
}

/** The batch's year: its start date's, else today's (the year it is being paid in). */
export function batchYearOf(startDate: string | null | undefined, today: string): number {
  return Number((startDate && DATE_RE.test(startDate) ? startDate : today).slice(0, 4));
}

export type PaymentDateProblem = 'future' | 'tooEarly';

export function paymentDateProblem(value: string, today: string, batchYear: number): PaymentDateProblem | null {
  if (value > today) return 'future';
  if (value < paymentDateFloor(batchYear)) return 'tooEarly';
  return null;
}

/**
 * A field error that needs values in its sentence, kept as one string in the forms' error maps:
 * `key|{"max":"₹10,00,00,000.00"}`. The dialogs' tr() turns it back into a translated sentence.
 */
export function messageWithVars(key: string, vars: Record<string, string | number>): string {
  return `${key}|${JSON.stringify(vars)}`;
}

export function splitMessage(message: string): { key: string; vars?: Record<string, string | number> } {
  const i = message.indexOf('|{');
  if (i < 0) return { key: message };
  try {
    return { key: message.slice(0, i), vars: JSON.parse(message.slice(i + 1)) as Record<string, string | number> };
  } catch {
    return { key: message };
  }
}

/** The batch's year as the database takes it: its start date's, else the year it was created in the organization's timezone. */
export function batchYear(startDate: string | null | undefined, createdAt: string | null | undefined, timezone: string, today: string): number {
  if (startDate && DATE_RE.test(startDate)) return Number(startDate.slice(0, 4));
  if (createdAt) {
    const d = new Date(createdAt);
    if (!Number.isNaN(d.getTime())) {
      const year = new Intl.DateTimeFormat('en-US', { timeZone: timezone, year: 'numeric' }).format(d);
      if (/^\d+$/.test(year)) return Number(year);
    }
  }
  return Number(today.slice(0, 4));
}
