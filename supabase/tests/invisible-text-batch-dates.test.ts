// Issue 14: required text made only of invisible or formatting characters is refused like empty
// text (private.clean_text, from the same list as the browser's src/domain/input-rules.ts), and
// batch start and end dates are bounded to 2000-01-01..2100-12-31. Every refusal: 22023 with its
// field, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVISIBLE_RANGES } from '../../src/domain/input-rules';
import { createTestDb, pgError, rpcAs, type Row, type TestDb } from './helpers/db';
import { salesWorld, type SalesWorld } from './helpers/sales-fixture';
import { fingerprint } from './helpers/fingerprint';

let db: TestDb;
let w: SalesWorld;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
}, 60_000);
afterAll(async () => {
  await db?.close();
});

async function refused(user: string, fn: string, args: Record<string, unknown>) {
  const before = await fingerprint(db);
  const e = await pgError(rpcAs(db, user, fn, args));
  expect(await fingerprint(db)).toBe(before);
  return e;
}

const FORMATTING = ['\u3164', '\u2800', '\u202e', '\u2066', '\u034f', '\ufe0f', '\u{e0020}', '\u2061', '\u115f'];

describe('private.clean_text: text made only of invisible or formatting characters is empty', () => {
  it('uses exactly the browser\'s list (src/domain/input-rules.ts INVISIBLE_RANGES) as its bracket expression', async () => {
    const h = (cp: number) => (cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`);
    const bracket = `[${INVISIBLE_RANGES.map(([a, b]) => (a === b ? h(a) : `${h(a)}-${h(b)}`)).join('')}]+`;
    const def = String((await db.query(`select pg_get_functiondef('private.clean_text(text)'::regprocedure) as d`)).rows[0]!.d);
    expect(def).toContain(`'^${bracket}|${bracket}$'`);
  });

  it('each listed character (first, middle and last of every range) alone, and all together, is null', async () => {
    const samples = INVISIBLE_RANGES.flatMap(([a, b]) => [...new Set([a, Math.floor((a + b) / 2), b])]).map((cp) => String.fromCodePoint(cp));
    const r = await db.query(`select s, private.clean_text(s) as c from unnest($1::text[]) s`, [[...samples, samples.join(''), ...FORMATTING, FORMATTING.join(' ')]]);
    expect(r.rows.filter((x) => x.c !== null).map((x) => (x.s as string).codePointAt(0)!.toString(16))).toEqual([]);
  });

  it('trims them around visible text and keeps visible text that has none', async () => {
    const r = await db.query(`select private.clean_text($1) a, private.clean_text($2) b, private.clean_text($3) c, private.clean_text($4) d`, [
      `${FORMATTING.join('')} Ana Lima ${FORMATTING.join('')}`,
      '\u2764\ufe0f',
      '\u0600',
      '中文',
    ]);
    expect(r.rows[0]).toEqual({ a: 'Ana Lima', b: '\u2764', c: '\u0600', d: '中文' });
  });

  it('a write function refuses such a required name as missing (22023 field:name) and writes nothing', async () => {
    for (const name of FORMATTING) {
      const e = await refused(w.admin, 'save_cohort_type', { p_organization_id: w.org, p_name: `${name}${name}` });
      expect(e).toMatchObject({ code: '22023', hint: 'field:name', message: 'The name is required.' });
    }
    const e = await refused(w.admin, 'save_cohort_batch', { p_organization_id: w.org, p_cohort_type_id: w.type, p_name: FORMATTING.join(''), p_status: 'planned' });
    expect(e).toMatchObject({ code: '22023', hint: 'field:name' });
  });
});

describe('batch dates: 2000-01-01..2100-12-31, end not before start', () => {
  const base = () => ({ p_organization_id: w.org, p_cohort_type_id: w.type, p_status: 'planned' });

  it('refuses a start or end date outside the range, for a new and an edited batch, naming the field', async () => {
    for (const [field, value] of [['start_date', '1999-12-31'], ['start_date', '2101-01-01'], ['end_date', '1999-12-31'], ['end_date', '2101-01-01'], ['start_date', '0001-01-01'], ['end_date', '9999-12-31']] as const) {
      for (const id of [undefined, w.batch]) {
        const e = await refused(w.admin, 'save_cohort_batch', { ...base(), p_name: id ? 'Batch 3' : 'Range', [`p_${field}`]: value, ...(id ? { p_id: id } : {}) });
        expect(e, `${field}=${value}`).toMatchObject({ code: '22023', hint: `field:${field}` });
        expect(e.message).toBe(`The ${field === 'end_date' ? 'end' : 'start'} date must be between 2000-01-01 and 2100-12-31.`);
      }
    }
  });

  it('refuses an end before the start, and accepts the bounds themselves', async () => {
    const e = await refused(w.admin, 'save_cohort_batch', { ...base(), p_name: 'Order', p_start_date: '2026-05-02', p_end_date: '2026-05-01' });
    expect(e).toMatchObject({ code: '22023', hint: 'field:end_date' });
    const ok = (await rpcAs(db, w.admin, 'save_cohort_batch', { ...base(), p_name: 'Bounds', p_start_date: '2000-01-01', p_end_date: '2100-12-31' })) as Row;
    expect(ok).toMatchObject({ start_date: '2000-01-01', end_date: '2100-12-31' });
    const same = (await rpcAs(db, w.admin, 'save_cohort_batch', { ...base(), p_name: 'One day', p_start_date: '2026-05-01', p_end_date: '2026-05-01' })) as Row;
    expect(same).toMatchObject({ start_date: '2026-05-01', end_date: '2026-05-01' });
  });
});
