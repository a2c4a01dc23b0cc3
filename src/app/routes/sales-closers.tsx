import { useT } from '@/lib/i18n';
import { ClosersTable } from '@/features/sales-closers/components/closers-table';
import { CloserKpis } from '@/features/sales-closers/components/closer-kpis';

export default function Component() {
  const t = useT();
  return (
    <section className="page stack">
      <h1>{t('sales.closers.title')}</h1>
      <CloserKpis />
      <ClosersTable />
    </section>
  );
}
