import { useId, useState } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { DateInput } from '@/components/date-input';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { CALL_APPOINTMENT_STATUS_LABELS, labelOf } from '@/domain/labels';
import { CALL_APPOINTMENT_STATUSES } from '@/domain/statuses';
import { DataTable } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { Pagination } from '@/components/pagination';
import { CALLS_PAGE_SIZE, closerCallStatusCountsQuery, closerCallsQuery, type CloserCallFilters } from '../api/get-closer-calls';
import { closerSummaryQuery } from '../api/get-closer-summary';
import type { CallBucket, CloserCallRow } from '../api/rows';
import { filtersFromParams, isDateRangeInverted, paramsFromFilters } from './call-filters';
import { UpdateCallDialog } from './update-call-dialog';
import { UpdateEmiDialog } from './update-emi-dialog';
import { useOnSettled } from '@/lib/use-debounced-value';
import { useOrgFormat } from '@/lib/use-org-format';
import { CallDetails } from './call-details';
import { closerCallsColumns } from './closer-calls-columns';
import { useNow } from '@/lib/use-now';

export { TimingBadge } from './timing-badge';

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
  const statusLabel = (s: string) => labelOf(CALL_APPOINTMENT_STATUS_LABELS, locale, s);
  const bucketLabel: Record<CallBucket, string> = {
    today: t('sales.calls.today'),
    upcoming: t('sales.calls.upcoming'),
    past: t('sales.calls.past'),
  };
  const toggleStatus = (s: string) =>
    update({ statuses: filters.statuses.includes(s) ? filters.statuses.filter((x) => x !== s) : [...filters.statuses, s] });
  const columns = closerCallsColumns({
    t,
    locale,
    currency,
    timezone,
    now,
    expandedId: expanded,
    onAction: (kind, call) => {
      if (kind === 'details') setExpanded(expanded === call.id ? null : call.id);
      else setOpen({ kind, call });
    },
  });
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
        <div className="field status-filter">
          <span className="field-label" id={`${uid}-statuses`}>
            {t('sales.calls.statuses')}
          </span>
          <Popover.Root>
            <Popover.Trigger className="status-filter-trigger" aria-labelledby={`${uid}-statuses ${uid}-statuses-value`}>
              <span id={`${uid}-statuses-value`}>{filters.statuses.length ? filters.statuses.map(statusLabel).join(', ') : t('calls.all.anyStatus')}</span>
              <span aria-hidden="true"> ▾</span>
            </Popover.Trigger>
            <Popover.Portal>
              <Popover.Content className="status-filter-panel" align="start" sideOffset={4} collisionPadding={8}>
                <fieldset>
                  <legend className="visually-hidden">{t('sales.calls.statuses')}</legend>
                  {CALL_APPOINTMENT_STATUSES.map((s) => (
                    <label key={s} className="checkbox">
                      <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => toggleStatus(s)} />
                      <span className="status-filter-label">{statusLabel(s)}</span>
                      <span className="chip-count">{statusCounts.data ? (statusCounts.data[s] ?? 0).toLocaleString(locale) : '…'}</span>
                    </label>
                  ))}
                </fieldset>
              </Popover.Content>
            </Popover.Portal>
          </Popover.Root>
        </div>
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
          <DataTable
            columns={columns}
            rows={calls.data.rows}
            rowKey={(c) => c.id}
            caption={t('sales.calls.title')}
            actionsLabel={t('common.actions')}
            moreLabel={t('common.moreDetails')}
            busy={calls.isFetching}
            groupOf={(c) => bucketLabel[c.bucket]}
            detailOf={(c) => (expanded === c.id ? { id: `${uid}-details-${c.id}`, content: <CallDetails call={c} /> } : null)}
          />
          <Pagination page={filters.page} pageSize={CALLS_PAGE_SIZE} total={calls.data.total} totalCapped={calls.data.totalCapped} onPageChange={(page) => update({ page })} />
        </>
      )}
      {open?.kind === 'update' ? <UpdateCallDialog orgId={orgId} call={open.call} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'emi' ? <UpdateEmiDialog orgId={orgId} call={open.call} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
