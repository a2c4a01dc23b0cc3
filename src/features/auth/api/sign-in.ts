import { supabase } from '@/lib/supabase';

export type SignInInput = { email: string; password: string };
export type SignInFn = (input: SignInInput) => Promise<void>;

/** Password sign-in; throws the auth error (mapped for people by toUserError). */
export const signInWithPassword: SignInFn = async ({ email, password }) => {
  const { error } = await supabase.auth.signInWithPassword({ email, password });
  if (error) throw error;
};
