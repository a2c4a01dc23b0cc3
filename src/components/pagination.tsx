import { useT } from '@/lib/i18n';

/** Previous/next paging. `page` is zero-based. Hidden when everything fits on one page. */
export function Pagination({ page, pageSize, total, onPageChange }: { page: number; pageSize: number; total: number; onPageChange: (page: number) => void }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 0) return null;
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination-summary">{t('pagination.summary', { from, to, total })}</p>
      <div className="pagination-controls">
        <button type="button" className="button secondary small" onClick={() => onPageChange(page - 1)} disabled={page <= 0}>
          {t('pagination.previous')}
        </button>
        <span className="pagination-page" aria-current="page">
          {t('pagination.page', { page: page + 1, pages })}
        </span>
        <button type="button" className="button secondary small" onClick={() => onPageChange(page + 1)} disabled={page + 1 >= pages}>
          {t('pagination.next')}
        </button>
      </div>
    </nav>
  );
}
