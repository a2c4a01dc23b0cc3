import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Session, User } from '@supabase/auth-js';
import { useQueryClient } from '@tanstack/react-query';
import { supabase as defaultClient } from './supabase';

export type AuthStatus = 'loading' | 'signed-in' | 'signed-out';

export type AuthState = {
  session: Session | null;
  user: User | null;
  status: AuthStatus;
  signOut: () => Promise<void>;
};

const AuthContext = createContext<AuthState | null>(null);

type AuthClient = Pick<typeof defaultClient, 'auth'>;

/**
 * The session from supabase-js: it persists the session in localStorage and refreshes the token;
 * this provider only mirrors it into React. Signing out (or the session ending elsewhere) drops
 * every cached query so the next person never sees the previous one's data.
 */
export function AuthProvider({ children, client = defaultClient }: { children: ReactNode; client?: AuthClient }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');

  useEffect(() => {
    let active = true;
    // onAuthStateChange emits INITIAL_SESSION first, so it alone is enough for the first state.
    const { data } = client.auth.onAuthStateChange((event, next) => {
      if (!active) return;
      setSession(next);
      setStatus(next ? 'signed-in' : 'signed-out');
      if (event === 'SIGNED_OUT') queryClient.clear();
    });
    return () => {
      active = false;
      data.subscription.unsubscribe();
    };
  }, [client, queryClient]);

  const value = useMemo<AuthState>(
    () => ({
      session,
      user: session?.user ?? null,
      status,
      signOut: async () => {
        // 'local' ends this browser's session even when the server cannot be reached.
        await client.auth.signOut({ scope: 'local' });
      },
    }),
    [client, session, status],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** For tests and stories: provide a fixed auth state without a client. */
export function StaticAuthProvider({ value, children }: { value: AuthState; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
