import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { labelOf, PILLAR_LABELS } from '@/domain/labels';
import { PILLARS } from '@/domain/statuses';
import { useAuth } from '@/lib/auth';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { callQueueQuery } from '../api/get-call-queue';
import { useCallLogChanges } from '../api/use-call-log-changes';
import { companiesQuery } from '../api/get-companies';
import { CALL_QUEUE_PAGE_SIZE, QUEUE_SORTS, type QueueFilters } from '../api/keys';
import type { QueueRow } from '../api/rows';
import { CallDialog } from './call-dialog';
import { pendingColumns } from './pending-columns';

/** Pending tab: every open request, oldest first, polled so new ones appear without a reload. */
export function PendingList() {
  const t = useT();
  const { organization, locale } = useCurrentOrg();
  const { user } = useAuth();
  const orgId = organization.id;
  const [filters, setFilters] = useState<QueueFilters>({ companyId: null, pillar: null, page: 0, sort: 'longest_wait' });
  const [open, setOpen] = useState<QueueRow | null>(null);
  const [openIndex, setOpenIndex] = useState(0);
  // After a request is acted on, focus goes to the next one (not to the page's body).
  const [moveOn, setMoveOn] = useState<{ id: string; index: number } | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const queue = useQuery(callQueueQuery(orgId, filters));
  useCallLogChanges(orgId);
  const companies = useQuery(companiesQuery(orgId));

  useEffect(() => {
    if (!moveOn || !queue.data) return;
    // After the dialog has handed focus back (Radix does so in a timeout).
    const timer = window.setTimeout(() => {
      const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('tr[data-call-log-id] .call-button') ?? [])];
      const others = buttons.filter((b) => b.closest('tr')?.getAttribute('data-call-log-id') !== moveOn.id);
      const next = others[Math.min(moveOn.index, others.length - 1)];
      if (next) next.focus();
      else listRef.current?.focus();
      setMoveOn(null);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [moveOn, queue.data]);

  const columns = pendingColumns({
    t,
    locale,
    timezone: organization.timezone,
    waitTargetMinutes: organization.call_wait_target_minutes,
    userId: user?.id,
    onCall: (request) => {
      setOpenIndex(queue.data?.rows.indexOf(request) ?? 0);
      setOpen(request);
    },
  });

  return (
    <div className="stack" ref={listRef} tabIndex={-1}>
      <div className="filters">
        <label className="field">
          <span className="field-label">{t('callRequests.filter.company')}</span>
          <select
            value={filters.companyId ?? ''}
            onChange={(e) => setFilters({ ...filters, companyId: e.target.value || null, page: 0 })}
          >
            <option value="">{t('callRequests.filter.all')}</option>
            {(companies.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('callRequests.filter.pillar')}</span>
          <select value={filters.pillar ?? ''} onChange={(e) => setFilters({ ...filters, pillar: e.target.value || null, page: 0 })}>
            <option value="">{t('callRequests.filter.all')}</option>
            {PILLARS.map((p) => (
              <option key={p} value={p}>
                {labelOf(PILLAR_LABELS, locale, p)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('callRequests.sort.label')}</span>
          <select
            value={filters.sort}
            onChange={(e) => {
              const sort = QUEUE_SORTS.find((x) => x === e.target.value) ?? 'longest_wait';
              setFilters({ ...filters, sort, page: 0 });
            }}
          >
            {QUEUE_SORTS.map((x) => (
              <option key={x} value={x}>
                {t(x === 'longest_wait' ? 'callRequests.sort.longest_wait' : 'callRequests.sort.shortest_wait')}
              </option>
            ))}
          </select>
        </label>
      </div>

      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {queue.data && queue.data.rows.length === 0 ? (
        <EmptyState title={t('callRequests.empty.pending.title')}>{t('callRequests.empty.pending.body')}</EmptyState>
      ) : null}
      {queue.data && queue.data.rows.length > 0 ? (
        <DataTable
          columns={columns}
          rows={queue.data.rows}
          rowKey={(r) => r.call_log_id}
          caption={t('callRequests.tab.pending')}
          actionsLabel={t('common.actions')}
          moreLabel={t('common.moreDetails')}
          busy={queue.isFetching}
          rowData={(r) => ({ 'call-log-id': r.call_log_id })}
        />
      ) : null}
      {queue.data ? (
        <Pagination page={filters.page} pageSize={CALL_QUEUE_PAGE_SIZE} total={queue.data.total} totalCapped={queue.data.totalCapped} onPageChange={(page) => setFilters({ ...filters, page })} />
      ) : null}
      {open ? (
        <CallDialog
          key={open.call_log_id}
          request={open}
          onClose={(actedOn) => {
            if (actedOn) setMoveOn({ id: open.call_log_id, index: openIndex });
            setOpen(null);
          }}
        />
      ) : null}
    </div>
  );
}
