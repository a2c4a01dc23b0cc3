import { useParams } from 'react-router-dom';
import { CloserCalls } from '@/features/sales-closers/components/closer-calls';

export default function Component() {
  const { closerId = '' } = useParams();
  return (
    <section className="page">
      <CloserCalls key={closerId} closerId={closerId} />
    </section>
  );
}
