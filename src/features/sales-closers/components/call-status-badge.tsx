import { Badge } from '@/components/badge';
import { CALL_APPOINTMENT_STATUS_LABELS, labelOf } from '@/domain/labels';
import { LEGACY_CALL_APPOINTMENT_STATUSES, isConvertedStatus } from '@/domain/statuses';
import { toLocale } from '@/domain/labels';
import { useCurrentOrg } from '@/lib/current-org';

type Tone = 'success' | 'danger' | 'warning' | 'info' | 'neutral';

export function callStatusTone(status: string): Tone {
  if (isConvertedStatus(status)) return 'success';
  if (status === 'refunded' || status === 'not_converted' || status === 'discontinued') return 'danger';
  if (status === 'no_show' || status === 'reschedule') return 'warning';
  if (status === 'scheduled') return 'info';
  if (status === 'cancelled') return 'neutral';
  if ((LEGACY_CALL_APPOINTMENT_STATUSES as readonly string[]).includes(status)) return 'neutral';
  return 'neutral';
}

/** A label for every status the database accepts, legacy ones included. */
export function CallStatusBadge({ status }: { status: string }) {
  const { locale } = useCurrentOrg();
  return <Badge tone={callStatusTone(status)}>{labelOf(CALL_APPOINTMENT_STATUS_LABELS, toLocale(locale), status)}</Badge>;
}
