import { useParams } from 'react-router-dom';
import { BatchRoster } from '@/features/cohorts/components/batch-roster';

export default function Component() {
  const { batchId = '' } = useParams();
  return (
    <section className="page">
      <BatchRoster key={batchId} batchId={batchId} />
    </section>
  );
}
