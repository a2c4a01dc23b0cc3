// Parsers for what the sales functions return. Numerics may travel as JSON numbers or strings
// (PostgREST vs. node-postgres); both become numbers here, at the edge.
import { z } from 'zod';
import { cohortStudentRow, numeric } from '@/lib/students/rows';
import { CALL_APPOINTMENT_HISTORY_SOURCE_VALUES } from '@/domain/statuses';


export const closerSummaryRow = z.object({
  closer_id: z.string(),
  closer_name: z.string().nullable(),
  assigned: numeric,
  converted: numeric,
  not_converted: numeric,
  rescheduled: numeric,
  cash_collected: numeric,
  // The money of the closer's students (offered = received + due + written off).
  students: numeric,
  offered: numeric,
  received: numeric,
  due: numeric,
  written_off: numeric,
});
export type CloserSummaryRow = z.infer<typeof closerSummaryRow>;

export const CALL_BUCKETS = ['today', 'upcoming', 'past'] as const;
export type CallBucket = (typeof CALL_BUCKETS)[number];

export const closerCallRow = z.object({
  id: z.string(),
  lead_id: z.string(),
  lead_name: z.string().nullable(),
  lead_email: z.string().nullable(),
  lead_phone: z.string().nullable(),
  scheduled_date: z.string(),
  scheduled_time: z.string().nullable(),
  status: z.string(),
  batch_id: z.string().nullable(),
  batch_name: z.string().nullable(),
  cohort_type_name: z.string().nullable(),
  offer_amount: numeric,
  cash_received: numeric,
  due_amount: numeric.nullable(),
  classes_access: numeric.nullable(),
  next_follow_up_date: z.string().nullable(),
  additional_comments: z.string().nullable(),
  version: numeric,
  scheduled_at: z.string(),
  bucket: z.enum(CALL_BUCKETS),
  total_count: numeric,
  /** The count stopped at total_count (offset + 1,000): "1,000+". */
  total_capped: z.boolean().optional(),
});
export type CloserCallRow = z.infer<typeof closerCallRow>;

export const offerHistoryRow = z.object({
  id: z.string(),
  old_amount: numeric,
  new_amount: numeric,
  reason: z.string().nullable(),
  changed_at: z.string(),
});
export type OfferHistoryRow = z.infer<typeof offerHistoryRow>;

export const appointmentRow = z.object({
  id: z.string(),
  status: z.string(),
  version: numeric,
  batch_id: z.string().nullable(),
});

export const convertResult = z.object({ appointment: appointmentRow, student: cohortStudentRow });

const historyChange = z.object({ from: z.string().nullable(), to: z.string().nullable() });

export const callHistoryRow = z.object({
  id: numeric,
  changed_at: z.string(),
  changed_by: z.string().nullable(),
  changed_by_name: z.string().nullable(),
  source: z.enum(CALL_APPOINTMENT_HISTORY_SOURCE_VALUES),
  old_status: z.string().nullable(),
  new_status: z.string(),
  changes: z.object({
    scheduled_date: historyChange.optional(),
    scheduled_time: historyChange.optional(),
    closer_id: historyChange.optional(),
    batch_id: historyChange.optional(),
    refund_reason: historyChange.optional(),
    cancellation_reason: historyChange.optional(),
    via: historyChange.optional(),
  }),
  remarks: z.string().nullable(),
  total_count: numeric,
});
export type CallHistoryRow = z.infer<typeof callHistoryRow>;
