// A From..To date range typed by a person (Sales Closers KPIs, desk metrics): both dates
// required, real calendar dates, From on or before To. The database checks the same again.
import { z } from 'zod';

export const DATE_RANGE_MESSAGES = {
  fromRequired: 'period.fromRequired',
  toRequired: 'period.toRequired',
  toBeforeFrom: 'period.toBeforeFrom',
} as const;

const isoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

export const dateRangeSchema = z
  .object({ from: z.string(), to: z.string() })
  .superRefine((v, ctx) => {
    if (!isoDate(v.from)) ctx.addIssue({ code: 'custom', path: ['from'], message: DATE_RANGE_MESSAGES.fromRequired });
    if (!isoDate(v.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: DATE_RANGE_MESSAGES.toRequired });
    if (isoDate(v.from) && isoDate(v.to) && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: DATE_RANGE_MESSAGES.toBeforeFrom });
  });

export type DateRangeErrors = Partial<Record<'from' | 'to', (typeof DATE_RANGE_MESSAGES)[keyof typeof DATE_RANGE_MESSAGES]>>;

export function parseDateRange(from: string, to: string): { ok: true; from: string; to: string } | { ok: false; errors: DateRangeErrors } {
  const r = dateRangeSchema.safeParse({ from, to });
  if (r.success) return { ok: true, from, to };
  const errors: DateRangeErrors = {};
  for (const issue of r.error.issues) {
    const key = issue.path[0];
    const message = Object.values(DATE_RANGE_MESSAGES).find((m) => m === issue.message);
    if ((key === 'from' || key === 'to') && message && !errors[key]) errors[key] = message;
  }
  return { ok: false, errors };
}

/** A date plus n days (YYYY-MM-DD, calendar arithmetic). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
