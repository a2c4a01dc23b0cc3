// The datetime-local input gives a wall-clock time without a zone; the specialist means the
// organization's timezone (not the browser's), so it is converted to an instant here.

function offsetMs(instant: Date, timezone: string): number {
  const parts: Record<string, string> = {};
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of fmt.formatToParts(instant)) parts[p.type] = p.value;
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** `2026-11-24T14:30` in `America/Sao_Paulo` → the ISO instant; null when not a valid value. */
export function wallTimeToInstant(local: string, timezone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Two passes settle the offset also next to a daylight-saving change.
  let t = guess - offsetMs(new Date(guess), timezone);
  t = guess - offsetMs(new Date(t), timezone);
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The datetime-local value (yyyy-mm-ddThh:mm) of an instant in the timezone. */
export function instantToWallTime(instant: Date, timezone: string): string {
  const parts: Record<string, string> = {};
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of fmt.formatToParts(instant)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
