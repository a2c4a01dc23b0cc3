import type { TFunction } from '@/lib/i18n';
import type { Locale } from '@/domain/labels';
import { formatDate, formatTime } from '@/domain/dates';
import type { Column } from './data-table';

type LeadContact = { lead_name: string | null; lead_email: string | null; lead_phone: string | null };
type ScheduledCall = { scheduled_date: string; scheduled_time: string | null };

/**
 * The lead's columns every calls list shows: the name (the row's header, e-mail and phone under
 * it) and, for the CSV only, the e-mail and phone in columns of their own.
 */
export function leadColumns<Row extends LeadContact>(t: TFunction): Column<Row>[] {
  return [
    {
      id: 'lead',
      header: t('sales.calls.lead'),
      rowHeader: true,
      cell: (c) => (
        <>
          <div className="strong">{c.lead_name}</div>
          <div className="muted small">{[c.lead_email, c.lead_phone].filter(Boolean).join(' · ')}</div>
        </>
      ),
      csv: (c) => c.lead_name,
    },
    { id: 'email', header: t('cohorts.col.email'), csv: (c) => c.lead_email },
    { id: 'phone', header: t('cohorts.col.phone'), csv: (c) => c.lead_phone },
  ];
}

/** A call's date and time in the organization's one format (and as stored, for the CSV). */
export function scheduledAt(c: ScheduledCall, timezone: string, locale: Locale): string {
  return `${formatDate(c.scheduled_date, timezone, locale)}${c.scheduled_time ? ` ${formatTime(c.scheduled_time, locale, timezone)}` : ''}`;
}
export function scheduledAtCsv(c: ScheduledCall): string {
  return `${c.scheduled_date}${c.scheduled_time ? ` ${c.scheduled_time.slice(0, 5)}` : ''}`;
}
