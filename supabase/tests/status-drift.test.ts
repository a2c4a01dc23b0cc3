// Every status, role, pillar and outcome set of src/domain/statuses.ts (generated from the CHECKs by
// `npm run gen:types`) equals the set its database CHECK allows (read from pg_constraint), and
// every value has a label in every locale (invariant C3). Fails when either side drifts.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckValues, readStatusSets, renderStatusSets, type StatusSet } from '../../scripts/lib/status-sets.mjs';
import { createTestDb, type TestDb } from './helpers/db';
import {
  AWAITING_OUTCOME_CALL_STATUSES,
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
  CONVERTED_STATUSES,
  OPEN_CALL_APPOINTMENT_STATUSES,
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

interface DomainSet {
  name: string;
  table: string;
  column: string;
  values: readonly string[];
  labels: Record<string, Record<string, string>> | null;
}

// Chat message roles are never shown as labels (the chat shows who wrote, not the code).
const SETS: DomainSet[] = [
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
let sets: StatusSet[] = [];
beforeAll(async () => {
  db = await createTestDb();
  sets = await readStatusSets(db);
});
afterAll(async () => {
  await db?.close();
});

/** The values the CHECK constraints on table.column allow (all of them, `not valid` ones included). */
function allowedValues(table: string, column: string): string[] {
  const set = sets.find((s) => s.table === table && s.column === column);
  expect(set, `a value CHECK on ${table}.${column}`).toBeDefined();
  return [...set!.values];
}

describe('status sets of src/domain/statuses.ts equal the database CHECKs', () => {
  for (const set of SETS) {
    it(`${set.name} equals the CHECK on ${set.table}.${set.column}`, () => {
      expect(allowedValues(set.table, set.column).sort()).toEqual([...set.values].sort());
    });
  }

  it('the generated file src/domain/generated/status-sets.ts is what the generator writes for this database', () => {
    expect(renderStatusSets(sets)).toBe(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'src', 'domain', 'generated', 'status-sets.ts'), 'utf8'));
  });

  it("reads every value of a CHECK list, including the parser's edge cases", () => {
    expect(parseCheckValues("CHECK ((kind = ANY (ARRAY['a'::text, 'b c'::text, 'it''s'::text])))")).toEqual(['a', 'b c', "it's"]);
    expect(parseCheckValues("CHECK (((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))")).toEqual(['a', 'b']);
    expect(parseCheckValues('CHECK ((length(note) <= 100))')).toBeNull();
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

// The named subsets the app's rules use, each equal to the private function the SQL reads.
const SUBSETS: { name: string; fn: string; values: readonly string[] }[] = [
  { name: 'CONVERTED_STATUSES', fn: 'private.sales_converted_statuses', values: CONVERTED_STATUSES },
  { name: 'OPEN_CALL_APPOINTMENT_STATUSES', fn: 'private.open_call_appointment_statuses', values: OPEN_CALL_APPOINTMENT_STATUSES },
  { name: 'AWAITING_OUTCOME_CALL_STATUSES', fn: 'private.awaiting_outcome_call_statuses', values: AWAITING_OUTCOME_CALL_STATUSES },
];

describe('named status subsets of src/domain/statuses.ts equal their SQL functions', () => {
  for (const sub of SUBSETS) {
    it(`${sub.name} equals ${sub.fn}() and lies within CALL_APPOINTMENT_STATUSES`, async () => {
      const rows = (await db.query(`select unnest(${sub.fn}()) as s`)).rows.map((r) => String(r.s));
      expect(rows.sort()).toEqual([...sub.values].sort());
      for (const v of sub.values) expect(CALL_APPOINTMENT_STATUSES as readonly string[]).toContain(v);
    });
  }
  it('awaiting an outcome is a subset of open', () => {
    for (const v of AWAITING_OUTCOME_CALL_STATUSES) expect(OPEN_CALL_APPOINTMENT_STATUSES as readonly string[]).toContain(v);
  });
});
