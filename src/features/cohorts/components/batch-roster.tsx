import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { useToast } from '@/components/toast';
import { toUserError } from '@/lib/errors';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import { COHORT_BATCH_STATUS_LABELS, COHORT_STUDENT_STATUS_LABELS, labelOf } from '@/domain/labels';
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
import { downloadText, toCsv } from '../lib/csv';
import { DiscontinueDialog, MoveDialog, NotesDialog, RecordPaymentDialog, type StudentAction } from './student-dialogs';
import { RefundDialog } from './refund-dialog';
import { AddStudentDialog } from './add-student-dialog';
import { useOrgFormat } from './use-org-format';
import { PaymentHistoryDialog } from './payment-history';
import { CohortInsights } from './cohort-insights';
import { useDebouncedValue } from '@/lib/use-debounced-value';

const studentTone = (s: string) => (s === 'active' ? 'success' : s === 'refunded' ? 'danger' : 'warning');

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
  const [page, setPage] = useState(0);
  const [range, setRange] = useState<DateRange>({ from: '', to: '' });
  const rangeErrors = validateDateRange(range);
  const rangeOk = !rangeErrors.from && !rangeErrors.to;
  // The last valid range is what the lists use; an invalid one shows its error and changes nothing.
  const [applied, setApplied] = useState<DateRange>({ from: '', to: '' });
  useEffect(() => {
    if (rangeOk) setApplied((a) => (a.from === range.from && a.to === range.to ? a : range));
  }, [range, rangeOk]);
  const [action, setAction] = useState<{ kind: StudentAction | 'history'; student: RosterRow } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [adding, setAdding] = useState(false);
  useEffect(() => setPage(0), [filter, debounced, applied]);

  const batch = useQuery(batchQuery(orgId, batchId));
  // The totals and by-closer follow the conversion-date range, as the rows and counts do.
  const totals = useQuery(rosterTotalsQuery(orgId, batchId, applied));
  const roster = useQuery(rosterQuery(orgId, batchId, { filter, search: debounced, page, range: applied }));
  const counts = useQuery(rosterCountsQuery(orgId, batchId, debounced, applied));
  const money = (n: number | null) => (n === null ? '—' : formatMoney(n, currency, locale));

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
      const header = [t('cohorts.col.name'), t('cohorts.col.email'), t('cohorts.col.phone'), t('cohorts.col.closer'), t('cohorts.col.status'), t('sales.field.offer'), t('sales.field.cash'), t('sales.field.due'), t('money.writtenOff'), t('sales.field.classes'), t('cohorts.col.converted'), t('sales.field.nextFollowUp'), t('sales.field.payAfterEarning'), t('cohorts.notes'), t('sales.field.refundReason')];
      const csv = toCsv(
        header,
        rows.map((r) => [r.lead_name, r.lead_email, r.lead_phone, r.closer_name, labelOf(COHORT_STUDENT_STATUS_LABELS, locale, r.status), r.offer_amount, r.cash_received, r.due_amount, r.written_off, r.classes_access, r.conversion_date, r.next_follow_up_date, r.pay_after_earning ? t('common.yes') : t('common.no'), r.notes, r.refund_reason]),
      );
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
        <Badge tone={b.status === 'active' ? 'success' : b.status === 'planned' ? 'info' : 'neutral'}>{labelOf(COHORT_BATCH_STATUS_LABELS, locale, b.status)}</Badge>
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
              <details>
                <summary>{t('cohorts.byCloser')}</summary>
                <div className="table-wrap" tabIndex={0} role="region" aria-label={t('cohorts.byCloser')}>
                <table className="table compact">
                  <thead>
                    <tr>
                      <th scope="col">{t('cohorts.col.closer')}</th>
                      <th scope="col" className="num">{t('cohorts.students')}</th>
                      <th scope="col" className="num">{t('cohorts.offered')}</th>
                      <th scope="col" className="num">{t('cohorts.received')}</th>
                      <th scope="col" className="num">{t('cohorts.due')}</th>
                      <th scope="col" className="num">{t('money.writtenOff')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {totals.data.by_closer.map((c) => (
                      <tr key={c.closer_id ?? 'none'}>
                        <th scope="row">{c.closer_name ?? t('cohorts.noCloser')}</th>
                        <td className="num" data-label={t('cohorts.students')}>{c.students}</td>
                        <td className="num" data-label={t('cohorts.offered')}>{money(c.offered)}</td>
                        <td className="num" data-label={t('cohorts.received')}>{money(c.received)}</td>
                        <td className="num" data-label={t('cohorts.due')}>{money(c.due)}</td>
                        <td className="num" data-label={t('money.writtenOff')}>{money(c.written_off)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                </div>
              </details>
            ) : null}
          </>
        )}
      </section>

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
            <input id={`${uid}-from`} type="date" min="1900-01-01" max="2100-12-31" value={range.from} aria-invalid={Boolean(rangeErrors.from)} aria-describedby={`${uid}-from-error`} onChange={(e) => setRange({ ...range, from: e.target.value })} />
            <FieldError id={`${uid}-from-error`} message={rangeErrors.from} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-to`}>{t('cohorts.convertedTo')}</label>
            <input id={`${uid}-to`} type="date" min="1900-01-01" max="2100-12-31" value={range.to} aria-invalid={Boolean(rangeErrors.to)} aria-describedby={`${uid}-to-error`} onChange={(e) => setRange({ ...range, to: e.target.value })} />
            <FieldError id={`${uid}-to-error`} message={rangeErrors.to} />
          </div>
          {range.from || range.to ? (
            <button type="button" className="button small secondary" onClick={() => setRange({ from: '', to: '' })}>
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
          <div className="table-wrap" aria-busy={roster.isFetching}>
            <table className="table">
              <caption className="visually-hidden">{t('cohorts.roster')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cohorts.col.name')}</th>
                  <th scope="col">{t('cohorts.col.closer')}</th>
                  <th scope="col">{t('cohorts.col.status')}</th>
                  <th scope="col" className="num">{t('sales.field.offer')}</th>
                  <th scope="col" className="num">{t('sales.field.cash')}</th>
                  <th scope="col" className="num">{t('sales.field.due')}</th>
                  <th scope="col" className="num">{t('money.writtenOff')}</th>
                  <th scope="col">{t('sales.field.classes')}</th>
                  <th scope="col">{t('sales.field.nextFollowUp')}</th>
                  <th scope="col">{t('cohorts.notes')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {roster.data.rows.map((r) => {
                  const name = r.lead_name ?? '';
                  const act = (kind: StudentAction | 'history', label: string, aria: string) => (
                    <button
                      type="button"
                      className="button small"
                      onClick={(e) => {
                        e.currentTarget.closest('details')?.removeAttribute('open');
                        setAction({ kind, student: r });
                      }}
                      aria-label={aria}
                    >
                      {label}
                    </button>
                  );
                  return (
                    <tr key={r.id}>
                      <td data-label={t('cohorts.col.name')}>
                        <div className="strong">{name}</div>
                        <div className="muted small">{[r.lead_email, r.lead_phone].filter(Boolean).join(' · ')}</div>
                      </td>
                      <td data-label={t('cohorts.col.closer')}>{r.closer_name ?? '—'}</td>
                      <td data-label={t('cohorts.col.status')}>
                        <Badge tone={studentTone(r.status)}>{labelOf(COHORT_STUDENT_STATUS_LABELS, locale, r.status)}</Badge>
                        {r.pay_after_earning ? <div className="muted small">{t('sales.field.payAfterEarning')}</div> : null}
                        {r.refund_reason ? <div className="muted small">{r.refund_reason}</div> : null}
                      </td>
                      <td className="num" data-label={t('sales.field.offer')}>{money(r.offer_amount)}</td>
                      <td className="num" data-label={t('sales.field.cash')}>{money(r.cash_received)}</td>
                      <td className="num" data-label={t('sales.field.due')}>{money(r.due_amount)}</td>
                      <td className="num" data-label={t('money.writtenOff')}>{money(r.written_off)}</td>
                      <td data-label={t('sales.field.classes')}>{r.classes_access === 15 ? t('sales.field.allClasses') : (r.classes_access ?? '—')}</td>
                      <td data-label={t('sales.field.nextFollowUp')}>{r.next_follow_up_date ? formatDate(r.next_follow_up_date, timezone, locale) : '—'}</td>
                      <td className="notes-cell" data-label={t('cohorts.notes')}>{r.notes ?? ''}</td>
                      <td className="row-actions" data-label="">
                        <details className="row-menu">
                          <summary className="button small" aria-label={t('cohorts.actionsFor', { name })}>
                            {t('common.actions')}
                          </summary>
                          <div className="row-menu-list">
                        {act('history', t('cohorts.history.action'), t('cohorts.history.title', { name }))}
                        {(r.due_amount ?? 0) > 0 && r.status === 'active' ? act('payment', t('cohorts.recordPayment'), t('cohorts.recordPaymentFor', { name })) : null}
                        {act('notes', t('cohorts.notes'), t('cohorts.notesFor', { name }))}
                        {canManage && r.status !== 'refunded' ? act('refund', t('cohorts.refund'), t('cohorts.refundTitle', { name })) : null}
                        {canManage && r.status === 'active' ? act('discontinue', t('cohorts.discontinue'), t('cohorts.discontinueTitle', { name })) : null}
                        {canManage ? act('move', t('cohorts.move'), t('cohorts.moveTitle', { name })) : null}
                          </div>
                        </details>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={ROSTER_PAGE_SIZE} total={roster.data.total} onPageChange={setPage} />
        </>
      )}
      <CohortInsights batchId={batchId} />
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
