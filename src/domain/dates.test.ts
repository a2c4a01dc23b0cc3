import { describe, expect, it } from 'vitest';
import { dateIn, formatDate, formatDateTime, formatDuration, formatTime, todayIn } from './dates';

// 2026-11-23 01:30 UTC: already the 23rd in Kolkata (07:00), still the 22nd in São Paulo (22:30).
const instant = new Date('2026-11-23T01:30:00Z');

describe('todayIn', () => {
  it("gives the organization's day, not the browser's", () => {
    expect(todayIn('Asia/Kolkata', instant)).toBe('2026-11-23');
    expect(todayIn('America/Sao_Paulo', instant)).toBe('2026-11-22');
  });

  it('agrees with dateIn for ISO strings', () => {
    expect(dateIn('2026-11-22T20:00:00Z', 'Asia/Kolkata')).toBe('2026-11-23');
    expect(dateIn('2026-11-22T20:00:00Z', 'America/Sao_Paulo')).toBe('2026-11-22');
  });
});

describe('formatDate', () => {
  it('formats the day an instant falls on in each timezone', () => {
    expect(formatDate(instant, 'Asia/Kolkata', 'en')).toBe('Nov 23, 2026');
    expect(formatDate(instant, 'America/Sao_Paulo', 'pt-BR')).toBe('22 de nov. de 2026');
  });

  it('never shifts a calendar date, whatever the timezone', () => {
    expect(formatDate('2026-01-05', 'en')).toBe('Jan 5, 2026');
    expect(formatDate('2026-01-05', 'America/Sao_Paulo', 'en')).toBe('Jan 5, 2026');
    expect(formatDate('2026-01-05', 'Asia/Kolkata', 'pt-BR')).toBe('5 de jan. de 2026');
  });
});

describe('formatDateTime', () => {
  it("shows the organization's wall clock", () => {
    expect(formatDateTime('2026-11-23T01:30:00Z', 'Asia/Kolkata', 'en')).toBe('Nov 23, 2026, 7:00 AM');
    expect(formatDateTime('2026-11-23T01:30:00Z', 'America/Sao_Paulo', 'pt-BR')).toBe('22 de nov. de 2026, 22:30');
  });

  it('shows a dash for an invalid instant', () => {
    expect(formatDateTime('not a date', 'Asia/Kolkata')).toBe('—');
  });
});

describe('formatTime', () => {
  it('formats a time column in the locale style', () => {
    expect(formatTime('14:30:00', 'en')).toBe('2:30 PM');
    expect(formatTime('14:30:00', 'pt-BR')).toBe('14:30');
  });
});

describe('formatDuration', () => {
  it('shows the two largest units of a wait', () => {
    expect(formatDuration(45 * 60_000)).toBe('45m');
    expect(formatDuration((2 * 60 + 5) * 60_000)).toBe('2h 5m');
    expect(formatDuration((3 * 24 + 4) * 3_600_000 + 59 * 60_000)).toBe('3d 4h');
    expect(formatDuration(3 * 3_600_000)).toBe('3h');
  });

  it('counts under a minute and negative (clock skew) as zero minutes', () => {
    expect(formatDuration(30_000)).toBe('0m');
    expect(formatDuration(-5_000)).toBe('0m');
  });

  it('uses the locale units', () => {
    expect(formatDuration((2 * 60 + 5) * 60_000, 'pt-BR')).toBe('2 h 5 min');
  });
});
