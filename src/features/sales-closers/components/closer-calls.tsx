import { Fragment, useId, useState } from 'react';
import { DateInput } from '@/components/date-input';
import { Badge } from '@/components/badge';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { formatDate, formatTime } from '@/domain/dates';
import { CALL_APPOINTMENT_STATUS_LABELS, labelOf } from '@/domain/labels';
import { CALL_APPOINTMENT_STATUSES, isConvertedStatus } from '@/domain/statuses';
import { EmptyState } from '@/components/empty-state';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { Pagination } from '@/components/pagination';
import { CALLS_PAGE_SIZE, closerCallStatusCountsQuery, closerCallsQuery, type CloserCallFilters } from '../api/get-closer-calls';
import { closerSummaryQuery } from '../api/get-closer-summary';
import type { CallBucket, CloserCallRow } from '../api/rows';
import { filtersFromParams, isDateRangeInverted, paramsFromFilters } from './call-filters';
import { CallStatusBadge } from './call-status-badge';
import { UpdateCallDialog } from './update-call-dialog';
import { UpdateEmiDialog } from './update-emi-dialog';
import { useOnSettled } from '@/lib/use-debounced-value';
import { useOrgFormat } from '@/lib/use-org-format';
import { CallDetails } from './call-details';
import { callTiming } from './call-timing';
import { useNow } from '@/lib/use-now';

type Open = { kind: 'update' | 'emi'; call: CloserCallRow } | null;

/** A closer's calls: today, then upcoming, then past; filtered and paged by the database. */
export function CloserCalls({ closerId }: { closerId: string }) {
  const t = useT();
  const uid = useId();
  const { orgId, locale, currency, timezone } = useOrgFormat();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [search, setSearch] = useState(filters.search);
  const [open, setOpen] = useState<Open>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const now = useNow(30_000);

  const update = (patch: Partial<CloserCallFilters>) => {
    setParams(paramsFromFilters({ ...filters, page: 0, ...patch }), { replace: true });
  };
  // The settled search goes to the address (an external system), with the other filters as they
  // are then.
  useOnSettled(search, (q) => {
    if (q !== filters.search) update({ search: q });
  });

  // From after To matches nothing (the database refuses it too): the hint says so, nothing is asked.
  const inverted = isDateRangeInverted(filters);
  const calls = useQuery({ ...closerCallsQuery(orgId, closerId, filters), enabled: !inverted });
  const statusCounts = useQuery({ ...closerCallStatusCountsQuery(orgId, closerId, filters), enabled: !inverted });
  const summary = useQuery(closerSummaryQuery(orgId));
  const closerName = summary.data?.find((c) => c.closer_id === closerId)?.closer_name ?? '';
  const money = (n: number | null) => (n === null ? '—' : formatMoney(n, currency, locale));
  const statusLabel = (s: string) => labelOf(CALL_APPOINTMENT_STATUS_LABELS, locale, s);
  const bucketLabel: Record<CallBucket, string> = {
    today: t('sales.calls.today'),
    upcoming: t('sales.calls.upcoming'),
    past: t('sales.calls.past'),
  };
  const toggleStatus = (s: string) =>
    update({ statuses: filters.statuses.includes(s) ? filters.statuses.filter((x) => x !== s) : [...filters.statuses, s] });
  const hasFilters = filters.statuses.length > 0 || filters.from || filters.to || filters.search;

  return (
    <div className="stack">
      <p>
        <Link to={`/o/${orgId}/sales-closers`}>← {t('sales.closers.title')}</Link>
      </p>
      <h1>{closerName ? t('sales.calls.titleOf', { name: closerName }) : t('sales.calls.title')}</h1>

      <section className="filters" aria-label={t('sales.calls.filters')}>
        <div className="field">
          <label htmlFor={`${uid}-q`}>{t('sales.calls.search')}</label>
          <input id={`${uid}-q`} type="search" value={search} placeholder={t('sales.calls.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-from`}>{t('sales.calls.from')}</label>
          <DateInput
            id={`${uid}-from`}
            value={filters.from ?? ''}
            max={filters.to ?? undefined}
            aria-invalid={inverted || undefined}
            aria-describedby={inverted ? `${uid}-range` : undefined}
            onChange={(value) => update({ from: value || null })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-to`}>{t('sales.calls.to')}</label>
          <DateInput
            id={`${uid}-to`}
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            aria-invalid={inverted || undefined}
            aria-describedby={inverted ? `${uid}-range` : undefined}
            onChange={(value) => update({ to: value || null })}
          />
        </div>
        <details className="status-filter">
          <summary>
            {t('sales.calls.statuses')}
            {filters.statuses.length ? ` (${filters.statuses.length})` : ''}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t('sales.calls.statuses')}</legend>
            {CALL_APPOINTMENT_STATUSES.map((s) => (
              <label key={s} className="checkbox">
                <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => toggleStatus(s)} /> {statusLabel(s)}
                {statusCounts.data ? <span className="chip-count">({(statusCounts.data[s] ?? 0).toLocaleString(locale)})</span> : null}
              </label>
            ))}
          </fieldset>
        </details>
        {hasFilters ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setSearch('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('sales.calls.clearFilters')}
          </button>
        ) : null}
      </section>
      {inverted ? (
        <p id={`${uid}-range`} className="field-error" role="alert">
          {t('sales.calls.fromAfterTo')}
        </p>
      ) : null}
      {filters.statuses.length ? (
        <p className="muted" aria-live="polite">
          {t('sales.calls.showing')}: {filters.statuses.map(statusLabel).join(', ')}
        </p>
      ) : null}

      {inverted ? null : calls.isPending ? (
        <Loading />
      ) : calls.isError ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : calls.data.rows.length === 0 ? (
        <EmptyState title={hasFilters ? t('sales.calls.noMatch') : t('sales.calls.empty')} />
      ) : (
        <>
          <div className="table-wrap" aria-busy={calls.isFetching}>
            <table className="table">
              <caption className="visually-hidden">{t('sales.calls.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sales.calls.lead')}</th>
                  <th scope="col">{t('sales.calls.scheduled')}</th>
                  <th scope="col">{t('sales.field.status')}</th>
                  <th scope="col">{t('sales.field.batch')}</th>
                  <th scope="col" className="num">{t('sales.field.offer')}</th>
                  <th scope="col" className="num">{t('sales.field.cash')}</th>
                  <th scope="col" className="num">{t('sales.field.due')}</th>
                  <th scope="col">{t('sales.field.nextFollowUp')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {calls.data.rows.map((c, i) => (
                  <Fragment key={c.id}>
                    {i === 0 || calls.data.rows[i - 1]?.bucket !== c.bucket ? (
                      <tr className="bucket-row">
                        <th scope="colgroup" colSpan={9}>
                          {bucketLabel[c.bucket]}
                        </th>
                      </tr>
                    ) : null}
                    <tr className={expanded === c.id ? 'expanded' : undefined}>
                      <td data-label={t('sales.calls.lead')}>
                        <div className="strong">{c.lead_name}</div>
                        <div className="muted small">{[c.lead_email, c.lead_phone].filter(Boolean).join(' · ')}</div>
                      </td>
                      <td data-label={t('sales.calls.scheduled')}>
                        {formatDate(c.scheduled_date, timezone, locale)}
                        {c.scheduled_time ? ` ${formatTime(c.scheduled_time, locale, timezone)}` : ''}
                        <TimingBadge timing={callTiming(c, now)} />
                      </td>
                      <td data-label={t('sales.field.status')}>
                        <CallStatusBadge status={c.status} />
                      </td>
                      <td data-label={t('sales.field.batch')}>{c.batch_name ? `${c.cohort_type_name ?? ''} · ${c.batch_name}` : '—'}</td>
                      <td className="num" data-label={t('sales.field.offer')}>{money(c.offer_amount)}</td>
                      <td className="num" data-label={t('sales.field.cash')}>{money(c.cash_received)}</td>
                      <td className="num" data-label={t('sales.field.due')}>{money(c.due_amount)}</td>
                      <td data-label={t('sales.field.nextFollowUp')}>{c.next_follow_up_date ? formatDate(c.next_follow_up_date, timezone, locale) : '—'}</td>
                      <td className="row-actions" data-label="">
                        <button
                          type="button"
                          className="button small secondary"
                          aria-expanded={expanded === c.id}
                          aria-controls={`${uid}-details-${c.id}`}
                          aria-label={t('sales.calls.detailsOf', { name: c.lead_name ?? '' })}
                          onClick={() => setExpanded(expanded === c.id ? null : c.id)}
                        >
                          {t('sales.calls.details')} {expanded === c.id ? '▴' : '▾'}
                        </button>
                        <button type="button" className="button small" onClick={() => setOpen({ kind: 'update', call: c })} aria-label={t('sales.calls.updateOf', { name: c.lead_name ?? '' })}>
                          {t('sales.calls.update')}
                        </button>
                        {(isConvertedStatus(c.status) || c.status === 'refunded' || c.status === 'discontinued') && c.batch_id ? (
                          <button type="button" className="button small" onClick={() => setOpen({ kind: 'emi', call: c })} aria-label={t('sales.calls.updateEmiOf', { name: c.lead_name ?? '' })}>
                            {t('sales.calls.updateEmi')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                    {expanded === c.id ? (
                      <tr className="details-row" id={`${uid}-details-${c.id}`}>
                        <td colSpan={9} data-label="">
                          <CallDetails call={c} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={filters.page} pageSize={CALLS_PAGE_SIZE} total={calls.data.total} totalCapped={calls.data.totalCapped} onPageChange={(page) => update({ page })} />
        </>
      )}
      {open?.kind === 'update' ? <UpdateCallDialog orgId={orgId} call={open.call} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'emi' ? <UpdateEmiDialog orgId={orgId} call={open.call} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

/** "Now" / "overdue" next to the scheduled time (call-timing.ts); the text says it, the colour repeats it. */
export function TimingBadge({ timing }: { timing: ReturnType<typeof callTiming> }) {
  const t = useT();
  if (timing === null) return null;
  return (
    <>
      {' '}
      {timing === 'now' ? (
        <Badge tone="info" title={t('sales.calls.nowHint')}>
          {t('sales.calls.now')}
        </Badge>
      ) : (
        <Badge tone="danger" title={t('sales.calls.overdueHint')}>
          {t('sales.calls.overdue')}
        </Badge>
      )}
    </>
  );
}
