import { z } from 'zod';
import type { Database } from '@/types/database.types';

export const numeric = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);

/** A row of list_batch_roster as the generated types describe it (every column; nullability unknown). */
type RosterRpcRow = Database['public']['Functions']['list_batch_roster']['Returns'][number];

/**
 * The roster row's parse: the numerics (strings from node-postgres, numbers from PostgREST) and the
 * columns the app relies on, with their real nullability. Every other column the function returns
 * passes through, typed from the generated types (RosterRow), so a new text or date column of
 * list_batch_roster reaches the column model without an edit here.
 */
const rosterKnown = z.object({
  id: z.string(),
  lead_id: z.string(),
  lead_name: z.string().nullable(),
  lead_email: z.string().nullable(),
  lead_phone: z.string().nullable(),
  closer_id: z.string().nullable(),
  closer_name: z.string().nullable(),
  status: z.string(),
  offer_amount: numeric,
  cash_received: numeric,
  due_amount: numeric.nullable(),
  /** offer - received - due: what a refund or discontinuation gave up. */
  written_off: numeric,
  classes_access: numeric.nullable(),
  conversion_date: z.string().nullable(),
  next_follow_up_date: z.string().nullable(),
  pay_after_earning: z.boolean(),
  notes: z.string().nullable(),
  refund_reason: z.string().nullable(),
  total_count: numeric,
});
type RosterKnown = z.infer<typeof rosterKnown>;
export type RosterRow = RosterKnown & { [K in Exclude<keyof RosterRpcRow, keyof RosterKnown>]?: RosterRpcRow[K] | null };
export const rosterRow = rosterKnown.loose() as unknown as z.ZodType<RosterRow>;

const moneyTotals = { students: numeric, offered: numeric, received: numeric, due: numeric, written_off: numeric };
export const rosterTotals = z.object({
  ...moneyTotals,
  by_closer: z.array(z.object({ closer_id: z.string().nullable(), closer_name: z.string().nullable(), ...moneyTotals })).nullable(),
});
export type RosterTotals = z.infer<typeof rosterTotals>;

export const studentResult = z.object({
  student: z.object({ id: z.string(), cohort_batch_id: z.string(), status: z.string() }).loose(),
});
