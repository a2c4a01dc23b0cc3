/** Conversion-date range, inclusive; '' = open end. */
export type DateRange = { from: string; to: string };
/** Checks a conversion-date range as the database does: real dates, years 1900..2100, from <= to. */
export function validateDateRange(r: DateRange): { from?: string; to?: string } {
  const e: { from?: string; to?: string } = {};
  const ok = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  const year = (d: string) => Number(d.slice(0, 4));
  for (const k of ['from', 'to'] as const) {
    const d = r[k];
    if (d === '') continue;
    if (!ok(d)) e[k] = 'sales.form.dateRequired';
    else if (year(d) < 1900 || year(d) > 2100) e[k] = 'cohorts.form.yearRange';
  }
  if (!e.from && !e.to && r.from && r.to && r.to < r.from) e.to = 'cohorts.form.rangeOrder';
  return e;
}

