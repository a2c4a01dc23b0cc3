import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { Badge } from '@/components/badge';
import { formatDateTime } from '@/domain/dates';
import { CALL_OUTCOME_LABELS, labelOf, PILLAR_LABELS } from '@/domain/labels';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { resolvedCallsQuery } from '../api/get-resolved-calls';
import { CALL_QUEUE_PAGE_SIZE } from '../api/keys';

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
      {/* Focusable: a keyboard can scroll the table where it is wider than the screen. */}
      <div className="table-wrap" aria-busy={resolved.isFetching} tabIndex={0} role="region" aria-label={t('callRequests.tab.resolved')}>
        <table className="table" aria-label={t('callRequests.tab.resolved')}>
          <thead>
            <tr>
              <th scope="col">{t('callRequests.col.member')}</th>
              <th scope="col">{t('callRequests.col.company')}</th>
              <th scope="col">{t('callRequests.col.pillar')}</th>
              <th scope="col">{t('callRequests.col.outcome')}</th>
              <th scope="col">{t('callRequests.col.notes')}</th>
              <th scope="col">{t('callRequests.col.specialist')}</th>
              <th scope="col">{t('callRequests.col.completedAt')}</th>
              <th scope="col">{t('callRequests.col.booking')}</th>
            </tr>
          </thead>
          <tbody>
            {resolved.data.rows.map((r) => (
              <tr key={r.call_log_id} data-call-log-id={r.call_log_id}>
                <td className="strong" data-label={t('callRequests.col.member')}>{r.member_name || t('callRequests.unknownMember')}</td>
                <td data-label={t('callRequests.col.company')}>{r.company_name ?? '—'}</td>
                <td data-label={t('callRequests.col.pillar')}>{r.pillar ? labelOf(PILLAR_LABELS, locale, r.pillar) : '—'}</td>
                <td data-label={t('callRequests.col.outcome')}>
                  <Badge tone={r.outcome === 'escalated' ? 'warning' : 'success'}>{r.outcome ? labelOf(CALL_OUTCOME_LABELS, locale, r.outcome) : '—'}</Badge>
                </td>
                <td className="notes" data-label={t('callRequests.col.notes')}>{r.call_notes ?? '—'}</td>
                <td data-label={t('callRequests.col.specialist')}>{r.specialist_name ?? '—'}</td>
                <td data-label={t('callRequests.col.completedAt')}>{formatDateTime(r.completed_at, tz, locale)}</td>
                <td data-label={t('callRequests.col.booking')}>{r.booking_date ? formatDateTime(r.booking_date, tz, locale) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={CALL_QUEUE_PAGE_SIZE} total={resolved.data.total} totalCapped={resolved.data.totalCapped} onPageChange={setPage} />
    </div>
  );
}
