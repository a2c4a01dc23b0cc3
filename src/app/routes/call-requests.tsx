import { useCurrentOrg } from '@/lib/current-org';
import { CallRequestsPage } from '@/features/call-requests/components/call-requests-page';

/** /o/:orgId/call-requests (specialist, admin; guarded by RequireRole in the router). */
export default function Component() {
  const { organization } = useCurrentOrg();
  // Keyed by organization: a switch never shows the previous tenant's filters or open dialog.
  return <CallRequestsPage key={organization.id} />;
}
