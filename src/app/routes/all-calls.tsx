import { AllCalls } from '@/features/calls-in/components/all-calls';

export default function Component() {
  return (
    <section className="page">
      <AllCalls />
    </section>
  );
}
