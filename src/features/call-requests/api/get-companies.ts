import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { callRequestKeys } from './keys';
import { companyRow } from './rows';

export async function getCompanies(orgId: string) {
  const { data, error } = await supabase.from('companies').select('id, name').eq('organization_id', orgId).order('name');
  if (error) throw error;
  return z.array(companyRow).parse(data ?? []);
}

export const companiesQuery = (orgId: string) =>
  queryOptions({ queryKey: callRequestKeys.companies(orgId), queryFn: () => getCompanies(orgId), staleTime: 10 * 60_000 });
