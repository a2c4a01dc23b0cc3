import { describe, expect, it } from 'vitest';
import { datePattern, isoToText, textToIso, textToTime, timeToText } from './date-input';

describe('date and time inputs in the organization format', () => {
  it('reads and writes dates day first in pt-BR and en-IN, month first in en', () => {
    expect(datePattern('pt-BR')).toBe('dd/mm/aaaa');
    expect(datePattern('en-IN')).toBe('dd/mm/yyyy');
    expect(datePattern('en')).toBe('mm/dd/yyyy');
    expect(isoToText('2026-12-07', 'pt-BR')).toBe('07/12/2026');
    expect(textToIso('7/12/2026', 'pt-BR')).toBe('2026-12-07');
    expect(textToIso('07-12-2026', 'en-IN')).toBe('2026-12-07');
    expect(textToIso('12/7/2026', 'en')).toBe('2026-12-07');
  });

  it('passes ISO through and leaves what it cannot read as typed (the schema refuses it)', () => {
    expect(textToIso('2026-03-01', 'pt-BR')).toBe('2026-03-01');
    expect(textToIso('', 'pt-BR')).toBe('');
    expect(textToIso('31/12', 'pt-BR')).toBe('31/12');
    expect(textToIso('1/1/26', 'pt-BR')).toBe('1/1/26');
  });

  it('reads 24-hour and 12-hour times, shows them as the locale writes them', () => {
    expect(textToTime('14:30')).toBe('14:30');
    expect(textToTime('1430')).toBe('14:30');
    expect(textToTime('2:30 pm')).toBe('14:30');
    expect(textToTime('12:05 AM')).toBe('00:05');
    expect(textToTime('25:00')).toBe('25:00');
    expect(timeToText('14:30', 'pt-BR')).toBe('14:30');
    expect(timeToText('14:30', 'en-IN').toLowerCase()).toBe('2:30 pm');
  });
});
