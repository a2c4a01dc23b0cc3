// Every status, role, pillar and outcome set of src/domain/statuses.ts equals the set its
// database CHECK allows (read from pg_constraint), and every value has a label in every locale
// (invariant C3). Fails when either side drifts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './helpers/db';
import {
  BOOKING_STATUSES,
  CALL_APPOINTMENT_STATUSES,
  CALL_LOG_STATUSES,
  CALL_OUTCOMES,
  CHAT_MESSAGE_ROLES,
  CHAT_SESSION_STATUSES,
  COHORT_BATCH_STATUSES,
  COHORT_STUDENT_STATUSES,
  INVITATION_STATUSES,
  LEDGER_ENTRY_KINDS,
  MEMBERSHIP_ROLES,
  PILLARS,
} from '../../src/domain/statuses';
import {
  BOOKING_STATUS_LABELS,
  CALL_APPOINTMENT_STATUS_LABELS,
  CALL_LOG_STATUS_LABELS,
  CALL_OUTCOME_LABELS,
  CHAT_SESSION_STATUS_LABELS,
  COHORT_BATCH_STATUS_LABELS,
  COHORT_STUDENT_STATUS_LABELS,
  INVITATION_STATUS_LABELS,
  LEDGER_ENTRY_KIND_LABELS,
  LOCALES,
  MEMBERSHIP_ROLE_LABELS,
  PILLAR_LABELS,
} from '../../src/domain/labels';

interface StatusSet {
  name: string;
  table: string;
  column: string;
  values: readonly string[];
  labels: Record<string, Record<string, string>> | null;
}

// Chat message roles are never shown as labels (the chat shows who wrote, not the code).
const SETS: StatusSet[] = [
  { name: 'CALL_APPOINTMENT_STATUSES', table: 'call_appointments', column: 'status', values: CALL_APPOINTMENT_STATUSES, labels: CALL_APPOINTMENT_STATUS_LABELS },
  { name: 'COHORT_STUDENT_STATUSES', table: 'cohort_students', column: 'status', values: COHORT_STUDENT_STATUSES, labels: COHORT_STUDENT_STATUS_LABELS },
  { name: 'COHORT_BATCH_STATUSES', table: 'cohort_batches', column: 'status', values: COHORT_BATCH_STATUSES, labels: COHORT_BATCH_STATUS_LABELS },
  { name: 'MEMBERSHIP_ROLES', table: 'memberships', column: 'role', values: MEMBERSHIP_ROLES, labels: MEMBERSHIP_ROLE_LABELS },
  { name: 'CHAT_SESSION_STATUSES', table: 'chat_sessions', column: 'status', values: CHAT_SESSION_STATUSES, labels: CHAT_SESSION_STATUS_LABELS },
  { name: 'PILLARS', table: 'chat_sessions', column: 'pillar', values: PILLARS, labels: PILLAR_LABELS },
  { name: 'CALL_LOG_STATUSES', table: 'specialist_call_logs', column: 'call_status', values: CALL_LOG_STATUSES, labels: CALL_LOG_STATUS_LABELS },
  { name: 'CALL_OUTCOMES', table: 'specialist_call_logs', column: 'outcome', values: CALL_OUTCOMES, labels: CALL_OUTCOME_LABELS },
  { name: 'BOOKING_STATUSES', table: 'bookings', column: 'status', values: BOOKING_STATUSES, labels: BOOKING_STATUS_LABELS },
  { name: 'INVITATION_STATUSES', table: 'invitations', column: 'status', values: INVITATION_STATUSES, labels: INVITATION_STATUS_LABELS },
  { name: 'LEDGER_ENTRY_KINDS', table: 'emi_payments', column: 'kind', values: LEDGER_ENTRY_KINDS, labels: LEDGER_ENTRY_KIND_LABELS },
  { name: 'CHAT_MESSAGE_ROLES', table: 'chat_messages', column: 'role', values: CHAT_MESSAGE_ROLES, labels: null },
];

let db: TestDb;
let checks: { table: string; def: string }[] = [];
beforeAll(async () => {
  db = await createTestDb();
  const r = await db.query(
    `select c.relname as table, pg_get_constraintdef(k.oid) as def
     from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and k.contype = 'c' and k.convalidated`,
  );
  checks = r.rows.map((x) => ({ table: String(x.table), def: String(x.def) }));
});
afterAll(async () => {
  await db?.close();
});

/**
 * The allowed values of the one CHECK on table.column of the form `col IN (...)`, which
 * pg_get_constraintdef prints as `CHECK ((col = ANY (ARRAY['a'::text, 'b'::text])))`.
 */
function allowedValues(table: string, column: string): string[] {
  const pattern = new RegExp(`\\(${column} = ANY \\(+ARRAY\\[(.*?)\\]`);
  const matches = checks.filter((c) => c.table === table && pattern.test(c.def));
  expect(matches.map((m) => m.def), `exactly one value CHECK on ${table}.${column}`).toHaveLength(1);
  const list = pattern.exec(matches[0]!.def)![1]!;
  return [...list.matchAll(/'((?:[^']|'')*)'::(?:text|character varying)/g)].map((m) => m[1]!.replace(/''/g, "'"));
}

describe('status sets of src/domain/statuses.ts equal the database CHECKs', () => {
  for (const set of SETS) {
    it(`${set.name} equals the CHECK on ${set.table}.${set.column}`, () => {
      expect(allowedValues(set.table, set.column).sort()).toEqual([...set.values].sort());
    });
  }

  it('reads every value of a CHECK list, including the parser\'s edge cases', () => {
    checks.push({ table: '__probe', def: "CHECK ((kind = ANY (ARRAY['a'::text, 'b c'::text, 'it''s'::text])))" });
    expect(allowedValues('__probe', 'kind')).toEqual(['a', 'b c', "it's"]);
    checks.pop();
  });
});

describe('every stored value has a label in every locale', () => {
  for (const set of SETS.filter((s) => s.labels)) {
    it(`${set.name} has a non-empty label per value in ${LOCALES.join(' and ')}`, () => {
      for (const locale of LOCALES) {
        const labels = set.labels![locale]!;
        for (const v of set.values) expect(labels[v]?.trim(), `${set.name}.${v} (${locale})`).toBeTruthy();
        expect(Object.keys(labels).sort(), `${set.name} labels (${locale}) have no stale keys`).toEqual([...set.values].sort());
      }
    });
  }
});
