// The argument parsers every public rpc uses for uuid/date/number arguments that arrive as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './helpers/db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

async function refusal(sql: string, params: unknown[]) {
  try {
    await db.query(sql, params);
  } catch (e) {
    const err = e as { code?: string; hint?: string; message?: string };
    return { code: err.code, hint: err.hint, message: err.message };
  }
  throw new Error(`expected a refusal for ${JSON.stringify(params)}`);
}
const value = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0]?.v;

describe('private.arg_uuid', () => {
  it('parses a uuid and keeps null', async () => {
    expect(await value(`select private.arg_uuid($1, 'id')::text v`, ['0B1C2D3E-0000-4000-8000-000000000001'])).toBe('0b1c2d3e-0000-4000-8000-000000000001');
    expect(await value(`select private.arg_uuid($1, 'id')::text v`, [null])).toBeNull();
  });
  it.each(['nope', '', '1234', '0b1c2d3e-0000-4000-8000-00000000000g', "x'; drop table x; --"])('refuses %j with 22023 and the field', async (bad) => {
    expect(await refusal(`select private.arg_uuid($1, 'batch_id')`, [bad])).toMatchObject({ code: '22023', hint: 'field:batch_id' });
  });
});

describe('private.arg_date', () => {
  it('parses a calendar date', async () => {
    expect(await value(`select private.arg_date($1, 'paid_on')::text v`, ['2026-02-28'])).toBe('2026-02-28');
  });
  it.each(['infinity', '-infinity', 'epoch', '2026-02-30', '2026-13-01', '0000-01-01', '12026-01-01', '2026-1-1', '01/02/2026', '2026-01-01 BC', ' 2026-01-01'])(
    'refuses %j with 22023 and the field',
    async (bad) => {
      expect(await refusal(`select private.arg_date($1, 'paid_on')`, [bad])).toMatchObject({ code: '22023', hint: 'field:paid_on' });
    },
  );
});

describe('private.arg_timestamptz', () => {
  it('parses an ISO instant with offset', async () => {
    expect(await value(`select private.arg_timestamptz($1, 'at') = '2026-12-02T10:00:00Z'::timestamptz v`, ['2026-12-02T15:30:00.000+05:30'])).toBe(true);
  });
  it.each(['infinity', 'now', '2026-12-02T10:00:00', '2026-12-32T10:00:00Z', '2026-12-02T25:00:00Z', '20260-12-02T10:00:00Z'])('refuses %j', async (bad) => {
    expect(await refusal(`select private.arg_timestamptz($1, 'at')`, [bad])).toMatchObject({ code: '22023', hint: 'field:at' });
  });
});

describe('private.arg_numeric', () => {
  it.each([
    ['12', '12'],
    ['12.5', '12.5'],
    ['12.50', '12.50'],
    ['12.500', '12.500'],
    ['0', '0'],
    ['-3.25', '-3.25'],
  ])('parses %j', async (input, out) => {
    expect(await value(`select private.arg_numeric($1, 'amount')::text v`, [input])).toBe(out);
  });
  it('refuses more than two decimals, naming the field', async () => {
    const r = await refusal(`select private.arg_numeric($1, 'amount')`, ['10.005']);
    expect(r).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(r.message).toMatch(/decimal/);
  });
  it.each(['abc', '1e5', 'NaN', 'Infinity', '', '1,000', '1234567890123456'])('refuses %j', async (bad) => {
    expect(await refusal(`select private.arg_numeric($1, 'amount')`, [bad])).toMatchObject({ code: '22023', hint: 'field:amount' });
  });
});

describe('private.arg_int', () => {
  it('parses a whole number', async () => {
    expect(await value(`select private.arg_int($1, 'n') v`, ['15'])).toBe(15);
  });
  it.each(['1.5', 'x', '99999999999', ''])('refuses %j', async (bad) => {
    expect(await refusal(`select private.arg_int($1, 'classes_access')`, [bad])).toMatchObject({ code: '22023', hint: 'field:classes_access' });
  });
});

describe('private.clean_text', () => {
  it.each([' \t\n ', '\u200b', '\u00a0\u200b\ufeff', '\u2060 \u3000', ''])('treats %j as empty', async (blank) => {
    expect(await value(`select private.clean_text($1) v`, [blank])).toBeNull();
  });
  it('keeps inner text and trims invisible ends', async () => {
    expect(await value(`select private.clean_text($1) v`, ['\u200b  call me\u00a0back \u00a0'])).toBe('call me\u00a0back');
  });
});
