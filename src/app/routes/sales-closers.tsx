import { useT } from '@/lib/i18n';
import { ClosersTable } from '@/features/sales-closers/components/closers-table';

export default function Component() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('sales.closers.title')}</h1>
      <ClosersTable />
    </section>
  );
}
