import { TeamPage } from '@/features/organizations/components/team-page';

export default function Component() {
  return (
    <section className="page">
      <TeamPage />
    </section>
  );
}
