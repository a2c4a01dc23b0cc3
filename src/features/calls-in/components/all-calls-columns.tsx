import type { TFunction } from '@/lib/i18n';
import { CALL_APPOINTMENT_STATUS_LABELS, labelOf, type Locale } from '@/domain/labels';
import { CANCELLED_CALL_STATUS, isConvertedStatus } from '@/domain/statuses';
import { Badge } from '@/components/badge';
import type { Column } from '@/components/data-table';
import { leadColumns, scheduledAt, scheduledAtCsv } from '@/components/lead-columns';
import type { AllCallRow } from '../api/get-all-calls';

/** A sale keeps its date, closer and status: no reschedule, cancel or reassignment from here. */
export function isSale(c: Pick<AllCallRow, 'status'>): boolean {
  return isConvertedStatus(c.status) || c.status === 'refunded' || c.status === 'discontinued';
}

export type AllCallsColumnContext = {
  t: TFunction;
  locale: Locale;
  timezone: string;
  selected: ReadonlySet<string>;
  /** The page's selectable calls (not sales), for the select-all box. */
  selectable: readonly AllCallRow[];
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onReschedule: (call: AllCallRow) => void;
  onCancel: (call: AllCallRow) => void;
};

/**
 * All calls, one column model: the table, the phone cards and the CSV read it. Dates and times
 * in the organization's one format (formatDate / formatTime with its timezone), as on the
 * closer's calls.
 */
export function allCallsColumns({ t, locale, timezone, selected, selectable, onToggle, onToggleAll, onReschedule, onCancel }: AllCallsColumnContext): Column<AllCallRow>[] {
  const statusLabel = (s: string) => labelOf(CALL_APPOINTMENT_STATUS_LABELS, locale, s);
  const allOnPage = selectable.length > 0 && selectable.every((c) => selected.has(c.id));
  const tone = (c: AllCallRow) => (c.status === CANCELLED_CALL_STATUS ? 'neutral' : isSale(c) ? 'success' : c.status === 'scheduled' ? 'info' : 'warning');
  return [
    {
      id: 'select',
      header: t('calls.assign.selectPage'),
      className: 'select-col',
      noCardLabel: true,
      headerContent: (
        <input type="checkbox" aria-label={t('calls.assign.selectPage')} checked={allOnPage} disabled={selectable.length === 0} onChange={onToggleAll} />
      ),
      cell: (c) => (
        <label className="checkbox">
          <input type="checkbox" checked={selected.has(c.id)} disabled={isSale(c)} onChange={() => onToggle(c.id)} aria-label={t('calls.assign.selectOne', { name: c.lead_name ?? '' })} />
          <span className="only-cards">{t('calls.assign.select')}</span>
        </label>
      ),
    },
    ...leadColumns<AllCallRow>(t),
    {
      id: 'scheduled',
      header: t('sales.calls.scheduled'),
      cell: (c) => scheduledAt(c, timezone, locale),
      csv: scheduledAtCsv,
    },
    {
      id: 'closer',
      header: t('calls.field.closer'),
      // Gives way between phone and desktop widths (into "More details"): the status stays clear of the pinned actions.
      priority: 'low',
      cell: (c) => (c.closer_id ? (c.closer_name ?? '—') : <Badge tone="warning">{t('calls.unassigned')}</Badge>),
      csv: (c) => (c.closer_id ? c.closer_name : t('calls.unassigned')),
    },
    {
      id: 'status',
      header: t('sales.field.status'),
      cell: (c) => (
        <>
          <Badge tone={tone(c)}>{statusLabel(c.status)}</Badge>
          {c.status === CANCELLED_CALL_STATUS && c.cancellation_reason ? <div className="muted small">“{c.cancellation_reason}”</div> : null}
        </>
      ),
      csv: (c) => statusLabel(c.status),
    },
    { id: 'cancellationReason', header: t('calls.cancel.reason'), csv: (c) => c.cancellation_reason },
    {
      id: 'actions',
      header: t('common.actions'),
      actions: true,
      cell: (c) =>
        isSale(c) ? null : (
          <>
            <button type="button" className="button small secondary" onClick={() => onReschedule(c)} aria-label={t('calls.reschedule.of', { name: c.lead_name ?? '' })}>
              {t(c.status === CANCELLED_CALL_STATUS ? 'calls.reschedule.rebook' : 'calls.reschedule.open')}
            </button>
            {c.status === CANCELLED_CALL_STATUS ? null : (
              <button type="button" className="button small danger-outline" onClick={() => onCancel(c)} aria-label={t('calls.cancel.of', { name: c.lead_name ?? '' })}>
                {t('calls.cancel.open')}
              </button>
            )}
          </>
        ),
    },
  ];
}
