import { useFirstT } from '@/lib/i18n';

/** A loading indicator announced to screen readers. `inline` for use inside a line of text. */
export function Loading({ label, inline = false }: { label?: string; inline?: boolean }) {
  const t = useFirstT();
  return (
    <div className={inline ? 'loading loading-inline' : 'loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="loading-label">{label ?? t('common.loading')}</span>
    </div>
  );
}
