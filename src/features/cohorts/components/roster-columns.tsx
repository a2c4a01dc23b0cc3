import type { TFunction } from '@/lib/i18n';
import type { Locale } from '@/domain/labels';
import { COHORT_STUDENT_STATUS_LABELS, labelOf } from '@/domain/labels';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import { Badge } from '@/components/badge';
import type { Column } from '@/components/data-table';
import { RowMenu, type RowMenuItem } from '@/components/row-menu';
import type { RosterRow } from '../api/rows';
import type { StudentAction } from './student-dialogs';

const studentTone = (s: string) => (s === 'active' ? 'success' : s === 'refunded' ? 'danger' : 'warning');

export type RosterColumnContext = {
  t: TFunction;
  locale: Locale;
  currency: string;
  timezone: string;
  canManage: boolean;
  onAction: (kind: StudentAction | 'history', student: RosterRow) => void;
};

/**
 * The roster's one column model: the table, the phone cards and the CSV all read it. A new
 * roster column is one entry here (and its label in both catalogues).
 */
export function rosterColumns({ t, locale, currency, timezone, canManage, onAction }: RosterColumnContext): Column<RosterRow>[] {
  const money = (n: number | null) => (n === null ? '—' : formatMoney(n, currency, locale));
  const date = (d: string | null) => (d ? formatDate(d, timezone, locale) : '—');
  return [
    {
      id: 'name',
      header: t('cohorts.col.name'),
      cell: (r) => (
        <>
          <div className="strong">{r.lead_name ?? ''}</div>
          <div className="muted small">{[r.lead_email, r.lead_phone].filter(Boolean).join(' · ')}</div>
        </>
      ),
      csv: (r) => r.lead_name,
    },
    { id: 'email', header: t('cohorts.col.email'), csv: (r) => r.lead_email },
    { id: 'phone', header: t('cohorts.col.phone'), csv: (r) => r.lead_phone },
    { id: 'closer', header: t('cohorts.col.closer'), priority: 'low', cell: (r) => r.closer_name ?? '—', csv: (r) => r.closer_name },
    {
      id: 'status',
      header: t('cohorts.col.status'),
      cell: (r) => (
        <>
          <Badge tone={studentTone(r.status)}>{labelOf(COHORT_STUDENT_STATUS_LABELS, locale, r.status)}</Badge>
          {r.pay_after_earning ? <div className="muted small">{t('sales.field.payAfterEarning')}</div> : null}
          {r.refund_reason ? <div className="muted small">{r.refund_reason}</div> : null}
        </>
      ),
      csv: (r) => labelOf(COHORT_STUDENT_STATUS_LABELS, locale, r.status),
    },
    { id: 'offer', header: t('sales.field.offer'), numeric: true, priority: 'low', cell: (r) => money(r.offer_amount), csv: (r) => r.offer_amount },
    { id: 'cash', header: t('sales.field.cash'), numeric: true, cell: (r) => money(r.cash_received), csv: (r) => r.cash_received },
    { id: 'due', header: t('sales.field.due'), numeric: true, cell: (r) => money(r.due_amount), csv: (r) => r.due_amount },
    { id: 'writtenOff', header: t('money.writtenOff'), numeric: true, priority: 'low', cell: (r) => money(r.written_off), csv: (r) => r.written_off },
    {
      id: 'classes',
      header: t('sales.field.classes'),
      priority: 'low',
      cell: (r) => (r.classes_access === 15 ? t('sales.field.allClasses') : (r.classes_access ?? '—')),
      csv: (r) => r.classes_access,
    },
    { id: 'converted', header: t('cohorts.col.converted'), csv: (r) => r.conversion_date },
    { id: 'followUp', header: t('sales.field.nextFollowUp'), priority: 'optional', cell: (r) => date(r.next_follow_up_date), csv: (r) => r.next_follow_up_date },
    { id: 'payAfterEarning', header: t('sales.field.payAfterEarning'), csv: (r) => (r.pay_after_earning ? t('common.yes') : t('common.no')) },
    { id: 'notes', header: t('cohorts.notes'), priority: 'optional', className: 'notes-cell', cell: (r) => r.notes ?? '', csv: (r) => r.notes },
    { id: 'refundReason', header: t('sales.field.refundReason'), csv: (r) => r.refund_reason },
    {
      id: 'actions',
      header: t('common.actions'),
      actions: true,
      cell: (r) => {
        const name = r.lead_name ?? '';
        const item = (kind: StudentAction | 'history', label: string, ariaLabel: string): RowMenuItem => ({ label, ariaLabel, onSelect: () => onAction(kind, r) });
        const active = r.status === 'active';
        const items = [
          item('history', t('cohorts.history.action'), t('cohorts.history.title', { name })),
          (r.due_amount ?? 0) > 0 && active ? item('payment', t('cohorts.recordPayment'), t('cohorts.recordPaymentFor', { name })) : null,
          item('notes', t('cohorts.notes'), t('cohorts.notesFor', { name })),
          canManage && r.status !== 'refunded' ? item('refund', t('cohorts.refund'), t('cohorts.refundTitle', { name })) : null,
          canManage && active ? item('discontinue', t('cohorts.discontinue'), t('cohorts.discontinueTitle', { name })) : null,
          canManage ? item('move', t('cohorts.move'), t('cohorts.moveTitle', { name })) : null,
        ].filter((i): i is RowMenuItem => i !== null);
        return <RowMenu label={t('common.actions')} ariaLabel={t('cohorts.actionsFor', { name })} items={items} />;
      },
    },
  ];
}
