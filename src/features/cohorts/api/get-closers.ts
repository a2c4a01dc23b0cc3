import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { cohortKeys } from '@/lib/students/query-keys';

const closer = z.object({ id: z.string(), full_name: z.string().nullable() });

/** The organization's closers (memberships the cohort staff may read, names from profiles). */
export async function getClosers(orgId: string) {
  const m = await supabase.from('memberships').select('user_id').eq('organization_id', orgId).eq('role', 'closer');
  if (m.error) throw m.error;
  const ids = [...new Set(z.array(z.object({ user_id: z.string() })).parse(m.data ?? []).map((r) => r.user_id))];
  if (ids.length === 0) return [];
  const p = await supabase.from('profiles').select('id, full_name').in('id', ids).order('full_name');
  if (p.error) throw p.error;
  return z.array(closer).parse(p.data ?? []);
}

export const closersQuery = (orgId: string) =>
  queryOptions({ queryKey: [...cohortKeys.all(orgId), 'closers'] as const, queryFn: () => getClosers(orgId), staleTime: 60_000 });
