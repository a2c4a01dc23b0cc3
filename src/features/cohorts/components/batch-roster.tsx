import { useId, useState } from 'react';
import * as Collapsible from '@radix-ui/react-collapsible';
import { DateInput } from '@/components/date-input';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { useToast } from '@/components/toast';
import { toUserError } from '@/lib/errors';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import { COHORT_BATCH_STATUS_LABELS, labelOf } from '@/domain/labels';
import { Badge } from '@/components/badge';
import { EmptyState } from '@/components/empty-state';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { Pagination } from '@/components/pagination';
import { batchQuery } from '../api/get-batch';
import { ROSTER_FILTERS, ROSTER_PAGE_SIZE, getWholeRoster, rosterCountsQuery, rosterQuery, rosterTotalsQuery, type RosterFilter } from '../api/get-roster';
import { validateDateRange, type DateRange } from '../lib/date-range';
import { FieldError } from './action-form';
import type { RosterRow } from '../api/rows';
import { downloadText } from '@/lib/csv';
import { DataTable, columnsToCsv } from '@/components/data-table';
import { Tabs } from '@/components/tabs';
import { rosterColumns } from './roster-columns';
import { byCloserColumns } from './by-closer-columns';
import { batchTone } from './batch-columns';
import { DiscontinueDialog, MoveDialog, NotesDialog, RecordPaymentDialog, type StudentAction } from './student-dialogs';
import { RefundDialog } from './refund-dialog';
import { AddStudentDialog } from './add-student-dialog';
import { useOrgFormat } from '@/lib/use-org-format';
import { PaymentHistoryDialog } from './payment-history';
import { CohortInsights } from './cohort-insights';
import { useDebouncedValue } from '@/lib/use-debounced-value';

/** A batch: totals, the split by closer, and the roster with filters, search, paging and row actions. */
export function BatchRoster({ batchId }: { batchId: string }) {
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const { orgId, currency, locale, timezone, hasRole } = useOrgFormat();
  const canManage = hasRole('admin') || hasRole('manager') || hasRole('cohort_manager');
  const [filter, setFilter] = useState<RosterFilter | null>(null);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search);
  const [range, setRange] = useState<DateRange>({ from: '', to: '' });
  const rangeErrors = validateDateRange(range);
  // The last valid range is what the lists use; an invalid one shows its error and changes nothing.
  const [applied, setApplied] = useState<DateRange>({ from: '', to: '' });
  const changeRange = (next: DateRange) => {
    setRange(next);
    const errors = validateDateRange(next);
    if (!errors.from && !errors.to) setApplied(next);
  };
  // Another filter, search or range starts again at the first page (adjusted while rendering the
  // change: the search settles after its debounce, not in a handler).
  const [page, setPage] = useState(0);
  const listKey = JSON.stringify([filter, debounced, applied.from, applied.to]);
  const [pagedList, setPagedList] = useState(listKey);
  if (pagedList !== listKey) {
    setPagedList(listKey);
    setPage(0);
  }
  const [action, setAction] = useState<{ kind: StudentAction | 'history'; student: RosterRow } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [adding, setAdding] = useState(false);

  const batch = useQuery(batchQuery(orgId, batchId));
  // The totals and by-closer follow the conversion-date range, as the rows and counts do.
  const totals = useQuery(rosterTotalsQuery(orgId, batchId, applied));
  const roster = useQuery(rosterQuery(orgId, batchId, { filter, search: debounced, page, range: applied }));
  const counts = useQuery(rosterCountsQuery(orgId, batchId, debounced, applied));
  const money = (n: number | null) => (n === null ? '—' : formatMoney(n, currency, locale));
  const columns = rosterColumns({ t, locale, currency, timezone, canManage, onAction: (kind, student) => setAction({ kind, student }) });

  const filterLabel: Record<RosterFilter | 'all', string> = {
    all: t('cohorts.filter.all'),
    refunded: t('cohorts.filter.refunded'),
    discontinued: t('cohorts.filter.discontinued'),
    fully_paid: t('cohorts.filter.fullyPaid'),
    follow_up_today: t('cohorts.filter.followUpToday'),
    pay_after_earning: t('cohorts.filter.payAfterEarning'),
  };

  const exportCsv = async () => {
    if (exporting) return;
    setExporting(true);
    try {
      const rows = await getWholeRoster(batchId, filter, debounced, applied);
      const csv = columnsToCsv(columns, rows);
      const name = batch.data ? `${batch.data.cohort_types?.name ?? ''} ${batch.data.name}` : batchId;
      downloadText(`${name.trim().replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}-roster.csv`, csv);
      toast.success(t('cohorts.exported', { count: String(rows.length) }));
    } catch (err) {
      toast.error(toUserError(err).message);
    } finally {
      setExporting(false);
    }
  };

  if (batch.isPending) return <Loading />;
  if (batch.isError) return <ErrorMessage error={batch.error} onRetry={() => void batch.refetch()} />;
  if (!batch.data) return <EmptyState title={t('cohorts.batchNotFound')} />;
  const b = batch.data;

  return (
    <div className="stack">
      <p>
        <Link to={`/o/${orgId}/cohorts`}>← {t('cohorts.title')}</Link>
      </p>
      <div className="page-header">
        <h1>
          {b.cohort_types?.name} · {b.name}
        </h1>
        <Badge tone={batchTone(b.status)}>{labelOf(COHORT_BATCH_STATUS_LABELS, locale, b.status)}</Badge>
        {canManage && b.status === 'active' ? (
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            {t('cohorts.add.action')}
          </button>
        ) : null}
      </div>
      {b.start_date || b.end_date ? (
        <p className="muted">
          {[b.start_date && formatDate(b.start_date, timezone, locale), b.end_date && formatDate(b.end_date, timezone, locale)].filter(Boolean).join(' – ')}
        </p>
      ) : null}

      <section aria-label={t('cohorts.totals')} className="roster-totals">
        {totals.isPending ? (
          <Loading />
        ) : totals.isError ? (
          <ErrorMessage error={totals.error} onRetry={() => void totals.refetch()} />
        ) : (
          <>
            <dl className="figures">
              <div>
                <dt>{t('cohorts.students')}</dt>
                <dd data-testid="total-students">{totals.data.students.toLocaleString(locale)}</dd>
              </div>
              <div>
                <dt>{t('cohorts.offered')}</dt>
                <dd data-testid="total-offered">{money(totals.data.offered)}</dd>
              </div>
              <div>
                <dt>{t('cohorts.received')}</dt>
                <dd data-testid="total-received">{money(totals.data.received)}</dd>
              </div>
              <div>
                <dt>{t('cohorts.due')}</dt>
                <dd data-testid="total-due">{money(totals.data.due)}</dd>
              </div>
              <div>
                <dt title={t('money.writtenOffHelp')}>{t('money.writtenOff')}</dt>
                <dd data-testid="total-written-off">{money(totals.data.written_off)}</dd>
              </div>
            </dl>
            {totals.data.by_closer && totals.data.by_closer.length > 0 ? (
              <Collapsible.Root className="by-closer">
                <Collapsible.Trigger className="disclosure-trigger">
                  <span className="disclosure-marker" aria-hidden="true" />
                  {t('cohorts.byCloser')}
                </Collapsible.Trigger>
                <Collapsible.Content>
                  <DataTable
                    columns={byCloserColumns(t, money, (n) => n.toLocaleString(locale))}
                    rows={totals.data.by_closer}
                    rowKey={(c) => c.closer_id ?? 'none'}
                    caption={t('cohorts.byCloser')}
                    scrollLabel={t('cohorts.byCloser')}
                    compact
                  />
                </Collapsible.Content>
              </Collapsible.Root>
            ) : null}
          </>
        )}
      </section>

      <Tabs
        label={t('cohorts.batchTabs')}
        items={[
          {
            id: 'students',
            label: t('cohorts.roster'),
            content: (
              <div className="stack">
            <section className="filters" aria-label={t('cohorts.rosterFilters')}>
              <div role="radiogroup" aria-label={t('cohorts.show')} className="segmented">
                {(['all', ...ROSTER_FILTERS] as const).map((f) => (
                  <button
                    key={f}
                    type="button"
                    role="radio"
                    aria-checked={(filter ?? 'all') === f}
                    className={(filter ?? 'all') === f ? 'button small selected' : 'button small'}
                    onClick={() => setFilter(f === 'all' ? null : f)}
                  >
                    {filterLabel[f]}
                    {counts.data ? <span className="chip-count">({counts.data[f].toLocaleString(locale)})</span> : null}
                  </button>
                ))}
              </div>
              <div className="field">
                <label htmlFor={`${uid}-q`}>{t('sales.calls.search')}</label>
                <input id={`${uid}-q`} type="search" value={search} placeholder={t('sales.calls.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} />
              </div>
              <fieldset className="date-range">
                <legend className="visually-hidden">{t('cohorts.col.converted')}</legend>
                <div className="field">
                  <label htmlFor={`${uid}-from`}>{t('cohorts.convertedFrom')}</label>
                  <DateInput id={`${uid}-from`} value={range.from} aria-invalid={Boolean(rangeErrors.from)} aria-describedby={`${uid}-from-error`} onChange={(value) => changeRange({ ...range, from: value })} />
                  <FieldError id={`${uid}-from-error`} message={rangeErrors.from} />
                </div>
                <div className="field">
                  <label htmlFor={`${uid}-to`}>{t('cohorts.convertedTo')}</label>
                  <DateInput id={`${uid}-to`} value={range.to} aria-invalid={Boolean(rangeErrors.to)} aria-describedby={`${uid}-to-error`} onChange={(value) => changeRange({ ...range, to: value })} />
                  <FieldError id={`${uid}-to-error`} message={rangeErrors.to} />
                </div>
                {range.from || range.to ? (
                  <button type="button" className="button small secondary" onClick={() => changeRange({ from: '', to: '' })}>
                    {t('cohorts.clearDates')}
                  </button>
                ) : null}
              </fieldset>
              <button type="button" className="button secondary" onClick={() => void exportCsv()} disabled={exporting}>
                {exporting ? t('cohorts.exporting') : t('cohorts.exportCsv')}
              </button>
            </section>

            {roster.isPending ? (
              <Loading />
            ) : roster.isError ? (
              <ErrorMessage error={roster.error} onRetry={() => void roster.refetch()} />
            ) : roster.data.rows.length === 0 ? (
              <EmptyState title={filter || debounced || applied.from || applied.to ? t('cohorts.noMatch') : t('cohorts.emptyRoster')} />
            ) : (
              <>
                <DataTable columns={columns} rows={roster.data.rows} rowKey={(r) => r.id} caption={t('cohorts.roster')} actionsLabel={t('common.actions')} moreLabel={t('common.moreDetails')} busy={roster.isFetching} />
                <Pagination page={page} pageSize={ROSTER_PAGE_SIZE} total={roster.data.total} onPageChange={setPage} />
              </>
            )}
              </div>
            ),
          },
          { id: 'insights', label: t('cohorts.insights.title'), content: <CohortInsights batchId={batchId} /> },
        ]}
      />
      {action?.kind === 'history' ? <PaymentHistoryDialog orgId={orgId} student={action.student} onClose={() => setAction(null)} /> : null}
      {action?.kind === 'payment' ? <RecordPaymentDialog orgId={orgId} batchId={batchId} student={action.student} onClose={() => setAction(null)} /> : null}
      {action?.kind === 'notes' ? <NotesDialog orgId={orgId} batchId={batchId} student={action.student} onClose={() => setAction(null)} /> : null}
      {action?.kind === 'refund' ? <RefundDialog orgId={orgId} batchId={batchId} student={action.student} onClose={() => setAction(null)} /> : null}
      {action?.kind === 'discontinue' ? <DiscontinueDialog orgId={orgId} batchId={batchId} student={action.student} onClose={() => setAction(null)} /> : null}
      {adding ? <AddStudentDialog orgId={orgId} batchId={batchId} batchName={`${b.cohort_types?.name ?? ''} · ${b.name}`} onClose={() => setAdding(false)} /> : null}
      {action?.kind === 'move' ? <MoveDialog orgId={orgId} batchId={batchId} student={action.student} onClose={() => setAction(null)} /> : null}
    </div>
  );
}
