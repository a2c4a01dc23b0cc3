import { describe, expect, it } from 'vitest';
import { dateIn, dateLocale, formatDate, formatDateTime, formatDuration, formatInstantTime, formatTime, timezoneLabel, todayIn } from './dates';

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
    expect(formatDate(instant, 'Asia/Kolkata', 'en')).toBe('23 Nov 2026');
    expect(formatDate(instant, 'America/New_York', 'en')).toBe('Nov 22, 2026');
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
    expect(formatDateTime('2026-11-23T01:30:00Z', 'Asia/Kolkata', 'en')).toMatch(/^23 Nov 2026, 7:00\s?am$/i);
    expect(formatDateTime('2026-11-23T01:30:00Z', 'America/New_York', 'en')).toBe('Nov 22, 2026, 8:30 PM');
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

describe('dates in Indian organizations', () => {
  it('writes an English organization in India day first: 02 Dec 2026', () => {
    expect(dateLocale('en', 'Asia/Kolkata')).toBe('en-IN');
    expect(dateLocale('en', 'Europe/London')).toBe('en');
    expect(dateLocale('pt-BR', 'Asia/Kolkata')).toBe('pt-BR');
    expect(formatDate('2026-12-02', 'Asia/Kolkata', 'en')).toBe('02 Dec 2026');
    expect(formatDate('2026-12-02T20:00:00Z', 'Asia/Kolkata', 'en')).toBe('03 Dec 2026');
    expect(formatDateTime('2026-12-02T04:30:00Z', 'Asia/Kolkata', 'en')).toMatch(/^02 Dec 2026, 10:00\s?am$/i);
    expect(formatDate('2026-12-02', 'America/New_York', 'en')).toBe('Dec 2, 2026');
  });
});

describe('timezoneLabel', () => {
  it('names the timezone in words, in the locale', () => {
    expect(timezoneLabel('Asia/Kolkata', 'en')).toBe('India Standard Time');
    expect(timezoneLabel('America/Sao_Paulo', 'pt-BR')).toMatch(/Brasília/);
    expect(timezoneLabel('Not/AZone', 'en')).toBe('Not/AZone');
  });
});

describe('one date and one time format per organization', () => {
  it('writes calendar dates, instants and wall-clock times of an Indian English organization alike', () => {
    expect(formatDate('2026-12-07', 'Asia/Kolkata', 'en')).toBe(formatDate('2026-12-07T06:00:00Z', 'Asia/Kolkata', 'en'));
    const instant = formatInstantTime('2026-12-07T04:00:00Z', 'Asia/Kolkata', 'en'); // 09:30 IST
    expect(formatTime('09:30:00', 'en', 'Asia/Kolkata')).toBe(instant);
    expect(formatTime('17:28', 'pt-BR', 'America/Sao_Paulo')).toBe('17:28');
  });
});

