import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { DataTable } from '@/components/data-table';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { resolvedCallsQuery } from '../api/get-resolved-calls';
import { CALL_QUEUE_PAGE_SIZE } from '../api/keys';
import { resolvedColumns } from './resolved-columns';

/** Resolved tab: completed calls with outcome, notes, specialist, time and booking, newest first; searchable. */
export function ResolvedList() {
  const t = useT();
  const uid = useId();
  const { organization, locale } = useCurrentOrg();
  const tz = organization.timezone;
  const [page, setPage] = useState(0);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 300);
  // A new search starts at the first page (state adjusted while rendering, not in an effect).
  const [searched, setSearched] = useState(debounced);
  if (searched !== debounced) {
    setSearched(debounced);
    setPage(0);
  }
  const resolved = useQuery(resolvedCallsQuery(organization.id, page, debounced));
  const searching = debounced.trim() !== '';

  const searchBox = (
    <div className="filters">
      <label className="field" htmlFor={`${uid}-q`}>
        <span className="field-label">{t('callRequests.resolved.search')}</span>
        <input
          id={`${uid}-q`}
          type="search"
          maxLength={100}
          value={search}
          placeholder={t('callRequests.resolved.searchPlaceholder')}
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
    </div>
  );

  if (resolved.isPending) return <div className="stack">{searchBox}<Loading /></div>;
  if (resolved.isError) return <div className="stack">{searchBox}<ErrorMessage error={resolved.error} onRetry={() => void resolved.refetch()} /></div>;
  if (resolved.data.rows.length === 0) {
    return (
      <div className="stack">
        {searching || search !== '' ? searchBox : null}
        {searching ? (
          <EmptyState title={t('callRequests.empty.resolvedSearch.title')}>
            {t('callRequests.empty.resolvedSearch.body')}{' '}
            <button type="button" className="button secondary small" onClick={() => setSearch('')}>
              {t('callRequests.clearSearch')}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t('callRequests.empty.resolved.title')}>{t('callRequests.empty.resolved.body')}</EmptyState>
        )}
      </div>
    );
  }
  return (
    <div className="stack">
      {searchBox}
      {/* The scroller takes focus: a keyboard can scroll the table where it is wider than the screen. */}
      <DataTable
        columns={resolvedColumns({ t, locale, timezone: tz })}
        rows={resolved.data.rows}
        rowKey={(r) => r.call_log_id}
        caption={t('callRequests.tab.resolved')}
        moreLabel={t('common.moreDetails')}
        busy={resolved.isFetching}
        rowData={(r) => ({ 'call-log-id': r.call_log_id })}
        scrollLabel={t('callRequests.tab.resolved')}
      />
      <Pagination page={page} pageSize={CALL_QUEUE_PAGE_SIZE} total={resolved.data.total} totalCapped={resolved.data.totalCapped} onPageChange={setPage} />
    </div>
  );
}
