import type { TFunction } from '@/lib/i18n';
import { LEDGER_ENTRY_KIND_LABELS, labelOf, type Locale } from '@/domain/labels';
import { formatMoney } from '@/domain/money';
import { formatDate, formatDateTime } from '@/domain/dates';
import type { Column } from '@/components/data-table';
import type { HistoryPayment, PaymentHistory } from '../api/get-payment-history';

export type OfferChange = PaymentHistory['offer_changes'][number];

type Base = { t: TFunction; locale: Locale; currency: string; timezone: string };

export type PaymentColumnContext = Base & {
  /** Cohort staff edit and delete entries; others see no actions column. */
  canEdit: boolean;
  onEdit: (p: HistoryPayment) => void;
  onDelete: (p: HistoryPayment) => void;
};

/** A student's ledger entries, one column model (table, phone cards, CSV); a refund reads as money out. */
export function paymentColumns({ t, locale, currency, timezone, canEdit, onEdit, onDelete }: PaymentColumnContext): Column<HistoryPayment>[] {
  const money = (n: number) => formatMoney(n, currency, locale);
  const date = (p: HistoryPayment) => formatDate(p.paid_on, timezone, locale);
  const columns: Column<HistoryPayment>[] = [
    { id: 'paidOn', header: t('sales.emi.paidOn'), cell: date, csv: (p) => p.paid_on },
    {
      id: 'amount',
      header: t('sales.emi.amount'),
      numeric: true,
      cell: (p) => (
        <>
          {p.kind === 'refund' ? `− ${money(p.amount)}` : money(p.amount)}
          {p.kind === 'refund' ? <div className="muted small">{labelOf(LEDGER_ENTRY_KIND_LABELS, locale, p.kind)}</div> : null}
        </>
      ),
      csv: (p) => (p.kind === 'refund' ? -p.amount : p.amount),
    },
    { id: 'platform', header: t('sales.field.paymentPlatform'), cell: (p) => p.payment_platform ?? '—', csv: (p) => p.payment_platform },
    {
      id: 'recordedBy',
      header: t('cohorts.history.recordedBy'),
      priority: 'low',
      cell: (p) => (
        <>
          {p.recorded_by_name ?? '—'}
          <div className="muted small">{formatDateTime(p.created_at, timezone, locale)}</div>
        </>
      ),
      csv: (p) => p.recorded_by_name,
    },
    { id: 'remarks', header: t('sales.emi.remarks'), cell: (p) => p.remarks ?? '', csv: (p) => p.remarks },
  ];
  if (!canEdit) return columns;
  return [
    ...columns,
    {
      id: 'actions',
      header: t('common.actions'),
      actions: true,
      cell: (p) => {
        const vars = { date: date(p), amount: money(p.amount) };
        return (
          <>
            {p.kind === 'payment' ? (
              <button type="button" className="button small" aria-label={t('cohorts.history.editOf', vars)} onClick={() => onEdit(p)}>
                {t('common.edit')}
              </button>
            ) : null}
            <button type="button" className="button small danger" aria-label={t(p.kind === 'refund' ? 'cohorts.history.deleteRefundOf' : 'cohorts.history.deleteOf', vars)} onClick={() => onDelete(p)}>
              {t('common.delete')}
            </button>
          </>
        );
      },
    },
  ];
}

/** A student's offer changes, one column model. */
export function offerChangeColumns({ t, locale, currency, timezone }: Base): Column<OfferChange>[] {
  const money = (n: number) => formatMoney(n, currency, locale);
  return [
    { id: 'when', header: t('cohorts.history.when'), cell: (h) => formatDateTime(h.changed_at, timezone, locale), csv: (h) => h.changed_at },
    { id: 'from', header: t('cohorts.history.from'), numeric: true, cell: (h) => money(h.old_amount), csv: (h) => h.old_amount },
    { id: 'to', header: t('cohorts.history.to'), numeric: true, cell: (h) => money(h.new_amount), csv: (h) => h.new_amount },
    { id: 'who', header: t('cohorts.history.who'), cell: (h) => h.changed_by_name ?? '—', csv: (h) => h.changed_by_name },
    { id: 'reason', header: t('sales.emi.reason'), cell: (h) => h.reason ?? '—', csv: (h) => h.reason },
  ];
}
