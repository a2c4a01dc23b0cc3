// What the student and ledger functions return, shared by Sales Closers and Cohort Management.
// Numerics may travel as JSON numbers or strings (PostgREST vs. node-postgres); both become
// numbers here, at the edge.
import { z } from 'zod';
import { LEDGER_ENTRY_KINDS } from '@/domain/statuses';

export const numeric = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);

export const cohortStudentRow = z.object({
  id: z.string(),
  organization_id: z.string(),
  cohort_batch_id: z.string(),
  lead_id: z.string(),
  call_appointment_id: z.string().nullable(),
  closer_id: z.string().nullable(),
  offer_amount: numeric,
  cash_received: numeric,
  due_amount: numeric.nullable(),
  classes_access: numeric.nullable(),
  status: z.string(),
});
export type CohortStudentRow = z.infer<typeof cohortStudentRow>;

export const paymentRow = z.object({
  id: z.string(),
  cohort_student_id: z.string(),
  kind: z.enum(LEDGER_ENTRY_KINDS),
  amount: numeric,
  paid_on: z.string(),
  payment_platform: z.string().nullable(),
  remarks: z.string().nullable(),
  created_at: z.string(),
});
export type PaymentRow = z.infer<typeof paymentRow>;

export const studentResult = z.object({ student: cohortStudentRow });
export const paymentResult = z.object({ payment: paymentRow, student: cohortStudentRow });
