import { z } from 'zod';

export const numeric = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);

export const rosterRow = z.object({
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
export type RosterRow = z.infer<typeof rosterRow>;

const moneyTotals = { students: numeric, offered: numeric, received: numeric, due: numeric, written_off: numeric };
export const rosterTotals = z.object({
  ...moneyTotals,
  by_closer: z.array(z.object({ closer_id: z.string().nullable(), closer_name: z.string().nullable(), ...moneyTotals })).nullable(),
});
export type RosterTotals = z.infer<typeof rosterTotals>;

export const studentResult = z.object({
  student: z.object({ id: z.string(), cohort_batch_id: z.string(), status: z.string() }).loose(),
});
