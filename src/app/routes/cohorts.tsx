import { CohortOverview } from '@/features/cohorts/components/cohort-overview';

export default function Component() {
  return (
    <section className="page">
      <CohortOverview />
    </section>
  );
}
