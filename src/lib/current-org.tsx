import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { MembershipRole } from '@/domain/statuses';
import { toLocale, type Locale } from '@/domain/labels';
import type { Organization } from './memberships';
import { rememberLocale } from './locale-memory';

export type CurrentOrg = {
  organization: Organization;
  roles: MembershipRole[];
  /** True when the person holds at least one of these roles in this organization. */
  hasRole: (...roles: MembershipRole[]) => boolean;
  locale: Locale;
};

const CurrentOrgContext = createContext<CurrentOrg | null>(null);

/** Provided by the `/o/:orgId` layout route once the membership is confirmed. */
export function CurrentOrgProvider({
  organization,
  roles,
  children,
}: {
  organization: Organization;
  roles: MembershipRole[];
  children: ReactNode;
}) {
  const value = useMemo<CurrentOrg>(
    () => ({
      organization,
      roles,
      hasRole: (...wanted) => wanted.some((r) => roles.includes(r)),
      locale: toLocale(organization.locale),
    }),
    [organization, roles],
  );
  useEffect(() => rememberLocale(value.locale), [value.locale]);
  return <CurrentOrgContext.Provider value={value}>{children}</CurrentOrgContext.Provider>;
}

export function useCurrentOrg(): CurrentOrg {
  const value = useContext(CurrentOrgContext);
  if (!value) throw new Error('useCurrentOrg must be used inside an /o/:orgId route');
  return value;
}

/** The current organization, or null outside `/o/:orgId` (sign-in page, 404, error screens). */
export function useOptionalCurrentOrg(): CurrentOrg | null {
  return useContext(CurrentOrgContext);
}
