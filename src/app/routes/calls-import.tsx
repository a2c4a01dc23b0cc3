import { CsvImport } from '@/features/calls-in/components/csv-import';

export default function Component() {
  return (
    <section className="page">
      <CsvImport />
    </section>
  );
}
