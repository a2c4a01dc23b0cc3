import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('roster CSV', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Kulkarni, Amit')).toBe('"Kulkarni, Amit"');
    expect(csvCell('said "yes"')).toBe('"said ""yes"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });
  it('neutralizes cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
  });
  it('writes empty cells for null and a CRLF after every row', () => {
    expect(toCsv(['a', 'b'], [[1, null], ['x', undefined]])).toBe('a,b\r\n1,\r\nx,\r\n');
  });
});
