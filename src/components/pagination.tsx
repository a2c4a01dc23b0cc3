import { useLocale, useT } from '@/lib/i18n';

/** A count as shown: "1,000+" when the server counted only up to it (`capped`). */
export function formatCount(n: number, locale: string, capped = false): string {
  return capped ? `${n.toLocaleString(locale)}+` : n.toLocaleString(locale);
}

/**
 * Previous/next paging. `page` is zero-based. Hidden when everything fits on one page.
 * `totalCapped`: the server stopped counting at `total` (lists count at most a thousand rows past
 * the page): the summary says "1,000+" and Next stays available.
 */
export function Pagination({
  page,
  pageSize,
  total,
  totalCapped = false,
  onPageChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  totalCapped?: boolean;
  onPageChange: (page: number) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 0 && !totalCapped) return null;
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  const lastPage = !totalCapped && page + 1 >= pages;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination-summary">{t('pagination.summary', { from: from.toLocaleString(locale), to: to.toLocaleString(locale), total: formatCount(total, locale, totalCapped) })}</p>
      <div className="pagination-controls">
        <button type="button" className="button secondary small" onClick={() => onPageChange(page - 1)} disabled={page <= 0}>
          {t('pagination.previous')}
        </button>
        <span className="pagination-page" aria-current="page">
          {totalCapped ? t('pagination.pageOfMany', { page: page + 1 }) : t('pagination.page', { page: page + 1, pages })}
        </span>
        <button type="button" className="button secondary small" onClick={() => onPageChange(page + 1)} disabled={lastPage}>
          {t('pagination.next')}
        </button>
      </div>
    </nav>
  );
}
