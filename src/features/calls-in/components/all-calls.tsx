import { useId, useState } from 'react';
import { DateInput } from '@/components/date-input';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { useToast } from '@/components/toast';
import { DataTable } from '@/components/data-table';
import { CALL_APPOINTMENT_STATUS_LABELS, labelOf } from '@/domain/labels';
import { CALL_APPOINTMENT_STATUSES } from '@/domain/statuses';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import { useOrgFormat } from '@/lib/use-org-format';
import { useOnSettled } from '@/lib/use-debounced-value';
import { ALL_CALLS_PAGE_SIZE, allCallsQuery, type AllCallRow, type AllCallsFilters } from '../api/get-all-calls';
import { closerOptionsQuery } from '../api/get-closer-options';
import { useAssignCalls } from '../api/call-writes';
import { BookCallDialog } from './book-call-dialog';
import { CancelCallDialog, RescheduleCallDialog } from './call-action-dialogs';
import { CalendlyCard } from './calendly-card';
import './calls-in.css';

import { allCallsColumns, isSale } from './all-calls-columns';

export { isSale } from './all-calls-columns';

function filtersFrom(p: URLSearchParams): AllCallsFilters {
  const page = Number(p.get('page') ?? '1');
  const status = p.get('status');
  return {
    closer: p.get('closer') || null,
    status: status && (CALL_APPOINTMENT_STATUSES as readonly string[]).includes(status) ? status : null,
    from: p.get('from') || null,
    to: p.get('to') || null,
    search: p.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

function paramsFrom(f: AllCallsFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.closer) p.set('closer', f.closer);
  if (f.status) p.set('status', f.status);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.search) p.set('q', f.search);
  if (f.page > 0) p.set('page', String(f.page + 1));
  return p;
}

type Open = { kind: 'book' } | { kind: 'reschedule' | 'cancel'; call: AllCallRow } | null;

/** Every closer's calls and the unassigned ones, for admins and managers: filter, page, select many, assign. */
export function AllCalls() {
  const t = useT();
  const uid = useId();
  const toast = useToast();
  const { orgId, locale, timezone, hasRole } = useOrgFormat();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const [search, setSearch] = useState(filters.search);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignTo, setAssignTo] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const closers = useQuery(closerOptionsQuery(orgId));
  const inverted = Boolean(filters.from && filters.to && filters.from > filters.to);
  const calls = useQuery({ ...allCallsQuery(orgId, filters), enabled: !inverted });
  const assign = useAssignCalls(orgId);
  const statusLabel = (s: string) => labelOf(CALL_APPOINTMENT_STATUS_LABELS, locale, s);

  const update = (patch: Partial<AllCallsFilters>) => {
    setSelected(new Set());
    setParams(paramsFrom({ ...filters, page: 0, ...patch }), { replace: true });
  };
  // The settled search goes to the address (an external system), with the other filters as they
  // are then; clearing the selection with it is part of that one update.
  useOnSettled(search, (q) => {
    if (q !== filters.search) update({ search: q });
  });

  const rows = calls.data?.rows ?? [];
  const selectable = rows.filter((c) => !isSale(c));
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  const doAssign = async () => {
    try {
      const r = await assign.mutateAsync({ p_organization_id: orgId, p_appointment_ids: [...selected], p_closer_id: assignTo === 'unassigned' ? null : assignTo });
      toast.success(t('calls.assign.done', { count: r.updated }));
      setSelected(new Set());
    } catch (err) {
      toast.error(toUserError(err).message);
    }
  };

  const columns = allCallsColumns({
    t,
    locale,
    timezone,
    selected,
    selectable,
    onToggle: toggle,
    onToggleAll: () => setSelected(selectable.length > 0 && selectable.every((c) => selected.has(c.id)) ? new Set() : new Set(selectable.map((c) => c.id))),
    onReschedule: (call) => setOpen({ kind: 'reschedule', call }),
    onCancel: (call) => setOpen({ kind: 'cancel', call }),
  });
  const hasFilters = Boolean(filters.closer || filters.status || filters.from || filters.to || filters.search);
  return (
    <div className="stack">
      <div className="page-header">
        <h1>{t('calls.all.title')}</h1>
        <div className="page-actions">
          <Link className="button secondary" to={`/o/${orgId}/calls/import`}>
            {t('calls.import.open')}
          </Link>
          <button type="button" className="button primary" onClick={() => setOpen({ kind: 'book' })}>
            {t('calls.book.open')}
          </button>
        </div>
      </div>

      <section className="filters" aria-label={t('sales.calls.filters')}>
        <div className="field">
          <label htmlFor={`${uid}-q`}>{t('sales.calls.search')}</label>
          <input id={`${uid}-q`} type="search" value={search} placeholder={t('sales.calls.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-closer`}>{t('calls.field.closer')}</label>
          <select id={`${uid}-closer`} value={filters.closer ?? ''} onChange={(e) => update({ closer: e.target.value || null })}>
            <option value="">{t('calls.all.everyone')}</option>
            <option value="unassigned">{t('calls.unassigned')}</option>
            {(closers.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-status`}>{t('sales.field.status')}</label>
          <select id={`${uid}-status`} value={filters.status ?? ''} onChange={(e) => update({ status: e.target.value || null })}>
            <option value="">{t('calls.all.anyStatus')}</option>
            {CALL_APPOINTMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-from`}>{t('sales.calls.from')}</label>
          <DateInput id={`${uid}-from`} value={filters.from ?? ''} onChange={(value) => update({ from: value || null })} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-to`}>{t('sales.calls.to')}</label>
          <DateInput id={`${uid}-to`} value={filters.to ?? ''} onChange={(value) => update({ to: value || null })} />
        </div>
        {hasFilters ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setSearch('');
              setSelected(new Set());
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('sales.calls.clearFilters')}
          </button>
        ) : null}
      </section>
      {inverted ? (
        <p className="field-error" role="alert">
          {t('sales.calls.fromAfterTo')}
        </p>
      ) : null}

      {selected.size > 0 ? (
        <section className="selection-bar" aria-label={t('calls.assign.label')}>
          <p className="strong" aria-live="polite">
            {t('calls.assign.selected', { count: selected.size })}
          </p>
          <div className="field">
            <label htmlFor={`${uid}-assign`}>{t('calls.assign.to')}</label>
            <select id={`${uid}-assign`} value={assignTo} onChange={(e) => setAssignTo(e.target.value)}>
              <option value="">{t('calls.assign.choose')}</option>
              <option value="unassigned">{t('calls.unassigned')}</option>
              {(closers.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button primary" disabled={!assignTo || assign.isPending} onClick={() => void doAssign()}>
            {assign.isPending ? t('common.saving') : t('calls.assign.submit')}
          </button>
          <button type="button" className="button secondary" onClick={() => setSelected(new Set())}>
            {t('calls.assign.clear')}
          </button>
        </section>
      ) : null}

      {inverted ? null : calls.isPending ? (
        <Loading />
      ) : calls.isError ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={hasFilters ? t('sales.calls.noMatch') : t('calls.all.empty')} />
      ) : (
        <>
          <DataTable
            columns={columns}
            rows={rows}
            rowKey={(c) => c.id}
            caption={t('calls.all.title')}
            actionsLabel={t('common.actions')}
            moreLabel={t('common.moreDetails')}
            busy={calls.isFetching}
            tableClassName="all-calls-table"
            rowClassName={(c) => (selected.has(c.id) ? 'selected' : undefined)}
          />
          <Pagination page={filters.page} pageSize={ALL_CALLS_PAGE_SIZE} total={calls.data.total} onPageChange={(page) => { setSelected(new Set()); setParams(paramsFrom({ ...filters, page }), { replace: true }); }} />
        </>
      )}
      {hasRole('admin') ? <CalendlyCard /> : null}
      {open?.kind === 'book' ? <BookCallDialog onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'reschedule' ? <RescheduleCallDialog call={open.call} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'cancel' ? <CancelCallDialog call={open.call} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
