import { useCurrentOrg } from '@/lib/current-org';
import { MyChatsPage } from '@/features/member-chat/components/my-chats-page';

/** /o/:orgId/my-chats (member; guarded by RequireRole in the router). */
export default function Component() {
  const { organization } = useCurrentOrg();
  return <MyChatsPage key={organization.id} />;
}
