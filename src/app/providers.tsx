import { useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ToastProvider } from '@/components/toast';
import { NetworkWaitProvider } from '@/components/network-wait';
import { AuthProvider } from '@/lib/auth';
import { createQueryClient } from '@/lib/query-client';

/** Everything a screen needs above the router: server cache, session, notices. */
export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <AuthProvider>
        <ToastProvider>
          <NetworkWaitProvider>{children}</NetworkWaitProvider>
        </ToastProvider>
      </AuthProvider>
    </QueryClientProvider>
  );
}
