// The datetime-local input gives a wall-clock time without a zone; the specialist means the
// organization's timezone (not the browser's), so it is converted to an instant here.
import { zonedParts } from '@/domain/dates';

function offsetMs(instant: Date, timezone: string): number {
  const parts = zonedParts(instant, timezone);
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
