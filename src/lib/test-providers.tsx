// Test wrapper: the app's real providers with a fresh QueryClient (no retries) per render.
// Only for *.test.tsx files; nothing in the app imports it.
import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { MembershipRole } from '@/domain/statuses';
import type { Organization } from './memberships';
import { ToastProvider } from '@/components/toast';
import { NetworkWaitProvider } from '@/components/network-wait';
import { CurrentOrgProvider } from './current-org';

export const nikist: Organization = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Nikist',
  slug: 'nikist',
  timezone: 'Asia/Kolkata',
  currency: 'INR',
  locale: 'en',
  call_wait_target_minutes: 15,
};

export const vitalis: Organization = {
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Vitalis Bem-Estar',
  slug: 'vitalis',
  timezone: 'America/Sao_Paulo',
  currency: 'BRL',
  locale: 'pt-BR',
  call_wait_target_minutes: 10,
};

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

export type TestProvidersOptions = {
  queryClient?: QueryClient;
  /** Renders inside an organization (useCurrentOrg, org locale) when given. */
  org?: Organization;
  roles?: MembershipRole[];
  /** Wraps in a MemoryRouter at this path unless `router: false`. */
  route?: string;
  router?: boolean;
};

export function TestProviders({ children, queryClient, org, roles = [], route = '/', router = true }: TestProvidersOptions & { children: ReactNode }) {
  const client = queryClient ?? createTestQueryClient();
  let tree = (
    <ToastProvider>
      <NetworkWaitProvider>{children}</NetworkWaitProvider>
    </ToastProvider>
  );
  if (org) {
    tree = (
      <CurrentOrgProvider organization={org} roles={roles}>
        {tree}
      </CurrentOrgProvider>
    );
  }
  if (router) tree = <MemoryRouter initialEntries={[route]}>{tree}</MemoryRouter>;
  return <QueryClientProvider client={client}>{tree}</QueryClientProvider>;
}

export function renderWithProviders(ui: ReactElement, options: TestProvidersOptions & Omit<RenderOptions, 'wrapper'> = {}) {
  const { queryClient = createTestQueryClient(), org, roles, route, router, ...rest } = options;
  const result = render(ui, {
    ...rest,
    wrapper: ({ children }) => (
      <TestProviders queryClient={queryClient} org={org} roles={roles} route={route} router={router}>
        {children}
      </TestProviders>
    ),
  });
  return { ...result, queryClient };
}
