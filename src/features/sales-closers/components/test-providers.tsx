// The real providers a sales screen runs under (server cache, notices, current organization,
// router), for component tests. A fresh QueryClient per render, no retries.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import { ToastProvider } from '@/components/toast';
import { CurrentOrgProvider } from '@/lib/current-org';
import type { MembershipRole } from '@/domain/statuses';

export const nikist = {
  id: 'org-1',
  name: 'Nikist',
  slug: 'nikist',
  timezone: 'Asia/Kolkata',
  currency: 'INR',
  locale: 'en',
  call_wait_target_minutes: 15,
};

export function renderWithProviders(ui: ReactElement, roles: MembershipRole[] = ['closer']) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter>
          <CurrentOrgProvider organization={nikist} roles={roles}>
            {ui}
          </CurrentOrgProvider>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}
