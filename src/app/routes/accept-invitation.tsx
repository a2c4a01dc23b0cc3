import { AcceptInvitationPage } from '@/features/organizations/components/accept-invitation-page';

export default function Component() {
  return <AcceptInvitationPage />;
}
