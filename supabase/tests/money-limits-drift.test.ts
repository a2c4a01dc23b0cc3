// The ceiling of an amount per currency is one table on each side: MAX_AMOUNT_BY_CURRENCY of
// src/domain/money.ts and private.currency_max_amounts() in the database. Fails when either drifts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './helpers/db';
import { MAX_AMOUNT_BY_CURRENCY, maxAmountFor } from '../../src/domain/money';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('amount ceilings per currency', () => {
  it('src/domain/money.ts and private.currency_max_amounts() list the same currencies and ceilings', async () => {
    const r = await db.query(`select coalesce(currency, 'default') c, max_amount::text m from private.currency_max_amounts()`);
    const fromDb = Object.fromEntries(r.rows.map((x) => [String(x.c), Number(x.m)]));
    expect(fromDb).toEqual({ ...MAX_AMOUNT_BY_CURRENCY });
  });

  it('an unlisted currency takes the default on both sides', async () => {
    expect(maxAmountFor('JPY')).toBe(MAX_AMOUNT_BY_CURRENCY.default);
    expect(maxAmountFor('INR')).toBe(100_000_000);
  });

  it('every ceiling fits the numeric(12, 2) money columns', () => {
    for (const v of Object.values(MAX_AMOUNT_BY_CURRENCY)) expect(v).toBeLessThanOrEqual(9_999_999_999.99);
  });
});
