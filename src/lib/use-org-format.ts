import { useCurrentOrg } from '@/lib/current-org';
import { toLocale } from '@/domain/labels';

/** Money in the organization's currency, dates in its timezone, labels in the user's locale. */
export function useOrgFormat() {
  const { organization, locale, hasRole } = useCurrentOrg();
  return { locale: toLocale(locale), currency: organization.currency, timezone: organization.timezone, orgId: organization.id, hasRole };
}
