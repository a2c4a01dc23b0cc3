import { describe, expect, it } from 'vitest';
import { checkRows, chunks, guessMapping, normalizeDate, parseCsv, prepareImport } from './csv-import';
import { bookCallSchema } from './book-call-form';
import { toE164 } from '@/lib/phone';

const ctx = { phoneCountry: 'IN', today: '2026-12-07', closerEmails: new Set(['dipanshu@nikist.demo']) };

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, separators and newlines inside quotes, CRLF, a BOM and blank lines', () => {
    const text = '\ufeffname,email,remarks\r\n"Verma, Asha",asha@example.com,"said ""call later""\nafter 6"\r\n\r\nRavi,ravi@example.com,\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'email', 'remarks'],
      ['Verma, Asha', 'asha@example.com', 'said "call later"\nafter 6'],
      ['Ravi', 'ravi@example.com', ''],
    ]);
  });
  it('takes ; as the separator when the header has more of them (Excel in pt-BR)', () => {
    expect(parseCsv('nome;telefone\nAna;11 98765-4321')).toEqual([['nome', 'telefone'], ['Ana', '11 98765-4321']]);
  });
});

describe('mapping and row checks', () => {
  it('guesses our fields from common headings', () => {
    expect(guessMapping(['ID', 'Name', 'E-mail', 'Mobile', 'Closer', 'Date', 'Time', 'Notes'])).toEqual({
      external_id: 0, full_name: 1, email: 2, phone: 3, closer_email: 4, scheduled_date: 5, scheduled_time: 6, remarks: 7,
    });
  });

  it('explains every bad row and normalizes the good ones', () => {
    const mapping = guessMapping(['name', 'email', 'phone', 'closer', 'date', 'time']);
    const rows = [
      ['Asha', 'ASHA@example.com', '098765 43210', 'Dipanshu@nikist.demo', '31/12/2026', '9:05'],
      ['', '', '', '', '2026-02-30', '25:00'],
      ['Ravi', 'ravi@', '12345', 'nobody@x.com', '1999-01-01', ''],
    ];
    const [good, bad1, bad2] = checkRows(rows, mapping, ctx);
    expect(good).toMatchObject({ line: 2, problems: [], draft: { email: 'asha@example.com', phone: '+919876543210', closer_email: 'dipanshu@nikist.demo', scheduled_date: '2026-12-31', scheduled_time: '09:05' } });
    expect(bad1!.problems).toEqual(['name', 'contact', 'date', 'time']);
    expect(bad2!.problems).toEqual(['email', 'phone', 'closer', 'dateRange']);
  });

  it('keys rows by the id column or a hash of the normalized row; a repeated row is a duplicate', async () => {
    const mapping = guessMapping(['name', 'email', 'date']);
    const rows = [['Asha', 'asha@example.com', '2026-01-01'], [' Asha ', 'ASHA@example.com', '01/01/2026'], ['Ravi', 'ravi@example.com', '2026-01-01']];
    const a = await prepareImport(rows, mapping, ctx);
    expect(a[0]!.row!.key).toMatch(/^row:[0-9a-f]{64}$/);
    expect(a[1]).toMatchObject({ row: null, problems: ['duplicate'], duplicateOf: 2 });
    const again = await prepareImport(rows, mapping, ctx);
    expect(again.map((r) => r.row?.key)).toEqual(a.map((r) => r.row?.key));
    const withId = await prepareImport([['B-17', 'Asha', 'asha@example.com', '2026-01-01']], guessMapping(['id', 'name', 'email', 'date']), ctx);
    expect(withId[0]!.row!.key).toBe('id:B-17');
  });

  it('normalizes day-first dates and refuses impossible ones', () => {
    expect(normalizeDate('5/1/2026')).toBe('2026-01-05');
    expect(normalizeDate('31/02/2026')).toBeNull();
    expect(normalizeDate('2026/01/05')).toBeNull();
  });

  it('chunks rows for one rpc each', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('book a call form', () => {
  const schema = bookCallSchema('org-1', 'IN', '2026-12-07', '14:00');
  const base = { email: '', phone: '', full_name: 'Asha', closer_id: '', scheduled_date: '2026-12-08', scheduled_time: '10:00', remarks: '' };
  it('gives book_call_appointment arguments with the phone in E.164 and no closer as unassigned', () => {
    expect(schema.parse({ ...base, phone: '98765 43210' })).toEqual({
      p_organization_id: 'org-1', p_email: null, p_phone: '+919876543210', p_full_name: 'Asha', p_closer_id: null,
      p_scheduled_date: '2026-12-08', p_scheduled_time: '10:00', p_remarks: null,
    });
  });
  it('refuses no contact, a bad email or phone, a past day or a past time today', () => {
    const issues = (v: Partial<typeof base>) => {
      const r = schema.safeParse({ ...base, ...v });
      return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    };
    expect(issues({})).toEqual(['email:calls.book.error.contactRequired']);
    expect(issues({ email: 'x@', phone: '123' })).toEqual(['email:calls.book.error.emailInvalid', 'phone:calls.book.error.phoneInvalid']);
    expect(issues({ email: 'a@b.co', scheduled_date: '2026-12-06' })).toEqual(['scheduled_date:calls.book.error.datePast']);
    expect(issues({ email: 'a@b.co', scheduled_date: '2026-12-07', scheduled_time: '13:59' })).toEqual(['scheduled_time:calls.book.error.timePast']);
  });
  it('reads numbers with their own country code whatever the default country', () => {
    expect(toE164('+55 11 98765-4321', 'IN')).toBe('+5511987654321');
    expect(toE164('98765 43210', null)).toBeNull();
  });
});
