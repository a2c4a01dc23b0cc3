// A fingerprint of every row the write functions can touch, to assert that a refused call wrote
// nothing (not even a row it later rolled back partly).
import type { Queryable } from './db';

const TABLES = [
  'call_appointments',
  'cohort_students',
  'emi_payments',
  'offer_amount_history',
  'cohort_student_moves',
  'cohort_types',
  'cohort_batches',
  'chat_sessions',
  'chat_messages',
  'specialist_call_logs',
  'bookings',
];

export async function fingerprint(db: Queryable): Promise<string> {
  const parts = TABLES.map(
    (t) => `(select '${t}:' || count(*) || ':' || coalesce(md5(string_agg(to_jsonb(x)::text, ',' order by to_jsonb(x)::text)), '') from public.${t} x)`,
  );
  const r = await db.query(`select concat_ws('|', ${parts.join(', ')}) as f`);
  return String(r.rows[0]!.f);
}
