import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { organizationQueries, type OrganizationMembership } from '@/lib/memberships';
import { useAuth } from '@/lib/auth';
import { useT } from '@/lib/i18n';

/** The signed-in person's organizations and roles (one cached query for the whole app). */
export function useMyMemberships() {
  const { user } = useAuth();
  return useQuery({ ...organizationQueries.memberships(user?.id ?? ''), enabled: Boolean(user) });
}

/** The whole page while the memberships load, or their error with a retry. */
export function MembershipsNotReady({ memberships }: { memberships: UseQueryResult<OrganizationMembership[]> }) {
  const t = useT();
  return (
    <div className="centered-page">
      {memberships.isError ? (
        <ErrorMessage error={memberships.error} onRetry={() => void memberships.refetch()} />
      ) : (
        <Loading label={t('org.loading')} />
      )}
    </div>
  );
}
