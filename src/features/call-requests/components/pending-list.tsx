import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/badge';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { formatDateTime } from '@/domain/dates';
import { CALL_LOG_STATUS_LABELS, labelOf, PILLAR_LABELS } from '@/domain/labels';
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
import { WaitTime } from './wait-time';

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
        <div className="table-wrap">
          <table className="table" aria-label={t('callRequests.tab.pending')}>
            <thead>
              <tr>
                <th scope="col">{t('callRequests.col.member')}</th>
                <th scope="col">{t('callRequests.col.company')}</th>
                <th scope="col">{t('callRequests.col.pillar')}</th>
                <th scope="col">{t('callRequests.col.reason')}</th>
                <th scope="col">{t('callRequests.col.wait')}</th>
                <th scope="col" className="num">
                  {t('callRequests.col.attempts')}
                </th>
                <th scope="col">{t('callRequests.col.status')}</th>
                <th scope="col">{t('callRequests.col.claimedBy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.data.rows.map((r, i) => (
                <tr key={r.call_log_id} data-call-log-id={r.call_log_id}>
                  <td className="strong" data-label={t('callRequests.col.member')}>{r.member_name || t('callRequests.unknownMember')}</td>
                  <td data-label={t('callRequests.col.company')}>{r.company_name ?? '—'}</td>
                  <td data-label={t('callRequests.col.pillar')}>{r.pillar ? labelOf(PILLAR_LABELS, locale, r.pillar) : '—'}</td>
                  <td className="reason" data-label={t('callRequests.col.reason')}>{r.reason || <span className="muted">{t('callRequests.noReason')}</span>}</td>
                  <td data-label={t('callRequests.col.wait')}>
                    <WaitTime requestedAt={r.requested_at} targetMinutes={organization.call_wait_target_minutes} locale={locale} />
                  </td>
                  <td className="num" data-label={t('callRequests.col.attempts')}>{r.attempts}</td>
                  <td data-label={t('callRequests.col.status')}>
                    <Badge tone={r.call_status === 'scheduled' ? 'info' : 'warning'}>{labelOf(CALL_LOG_STATUS_LABELS, locale, r.call_status)}</Badge>
                    {r.scheduled_for ? (
                      <div className="muted small">{t('callRequests.followUpAt', { when: formatDateTime(r.scheduled_for, organization.timezone, locale) })}</div>
                    ) : null}
                  </td>
                  <td data-label={t('callRequests.col.claimedBy')}>
                    {r.claimed_by
                      ? r.claimed_by === user?.id
                        ? t('callRequests.claimedByYou')
                        : (r.claimed_by_name ?? '—')
                      : t('callRequests.nobody')}
                  </td>
                  <td className="row-actions" data-label="">
                    <button type="button" className="button primary small call-button" onClick={() => {
                        setOpenIndex(i);
                        setOpen(r);
                      }}>
                      {t('callRequests.call')}
                      <span className="visually-hidden"> {r.member_name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
