import { supabase } from '@/lib/supabase';

export type UpdatePasswordFn = (password: string) => Promise<void>;

/** Sets a new password for the signed-in person (PUT /auth/v1/user); throws the auth error. */
export const updatePassword: UpdatePasswordFn = async (password) => {
  const { error } = await supabase.auth.updateUser({ password });
  if (error) throw error;
};
