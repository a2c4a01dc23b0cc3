// The calls-in writes: one rpc each, invalidating every sales list after success.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { studentMoneyKeys } from '@/lib/students/query-keys';

type Fns = Database['public']['Functions'];
/** Generated Args say string; the functions take null for "none" (unassigned, no phone...). */
type Nullable<T> = { [K in keyof T]: T[K] | null };
export type BookCallArgs = Nullable<Fns['book_call_appointment']['Args']>;
export type RescheduleCallArgs = Nullable<Fns['reschedule_call_appointment']['Args']>;
export type CancelCallArgs = Fns['cancel_call_appointment']['Args'];
export type AssignCallsArgs = Nullable<Fns['assign_call_appointments']['Args']>;

const appointment = z.object({ id: z.string(), status: z.string(), closer_id: z.string().nullable(), scheduled_date: z.string(), scheduled_time: z.string().nullable() });
export const bookResult = z.object({ appointment, lead: z.object({ id: z.string(), full_name: z.string() }), created: z.boolean(), lead_created: z.boolean() });
const assignResult = z.object({ updated: z.number(), unchanged: z.number() });

// supabase-js types the args from the generated (non-null) signature; null is what PostgREST sends as SQL null.
const rpc = supabase.rpc.bind(supabase) as unknown as (fn: string, args: Record<string, unknown>) => PromiseLike<{ data: unknown; error: unknown }>;

async function call<T>(fn: string, args: Record<string, unknown>, schema: z.ZodType<T>): Promise<T> {
  const { data, error } = await rpc(fn, args);
  if (error) throw error;
  return schema.parse(data);
}

function useCallsWrite<A, T>(orgId: string, fn: (args: A) => Promise<T>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(studentMoneyKeys(orgId).map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

export const useBookCall = (orgId: string) => useCallsWrite(orgId, (a: BookCallArgs) => call('book_call_appointment', a, bookResult));
export const useRescheduleCall = (orgId: string) => useCallsWrite(orgId, (a: RescheduleCallArgs) => call('reschedule_call_appointment', a, appointment));
export const useCancelCall = (orgId: string) => useCallsWrite(orgId, (a: CancelCallArgs) => call('cancel_call_appointment', a, appointment));
export const useAssignCalls = (orgId: string) => useCallsWrite(orgId, (a: AssignCallsArgs) => call('assign_call_appointments', a, assignResult));

export type ImportRow = {
  key: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  closer_email: string | null;
  scheduled_date: string;
  scheduled_time: string | null;
  remarks: string | null;
};
export const importResult = z.object({ created: z.number(), existing: z.number(), leads_created: z.number() });
export type ImportResult = z.infer<typeof importResult>;

export function importCallRows(orgId: string, rows: ImportRow[]): Promise<ImportResult> {
  return call('import_call_rows', { p_organization_id: orgId, p_rows: rows }, importResult);
}
