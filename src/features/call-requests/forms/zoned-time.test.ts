import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from './zoned-time';

describe('wallTimeToInstant', () => {
  it('reads the wall-clock time in the organization timezone, not the browser one', () => {
    expect(wallTimeToInstant('2026-11-24T14:30', 'America/Sao_Paulo')?.toISOString()).toBe('2026-11-24T17:30:00.000Z');
    expect(wallTimeToInstant('2026-11-24T14:30', 'Asia/Kolkata')?.toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });

  it('uses the offset in force on that day, either side of a daylight-saving change', () => {
    expect(wallTimeToInstant('2026-03-07T09:00', 'America/New_York')?.toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(wallTimeToInstant('2026-03-09T09:00', 'America/New_York')?.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('gives null for a value that is not yyyy-mm-ddThh:mm', () => {
    expect(wallTimeToInstant('', 'America/Sao_Paulo')).toBeNull();
    expect(wallTimeToInstant('24/11/2026 14:30', 'America/Sao_Paulo')).toBeNull();
  });
});
