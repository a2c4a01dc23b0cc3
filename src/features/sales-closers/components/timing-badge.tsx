import { Badge } from '@/components/badge';
import { useT } from '@/lib/i18n';
import type { CallTiming } from './call-timing';

/** "Now" / "overdue" next to the scheduled time (call-timing.ts); the text says it, the colour repeats it. */
export function TimingBadge({ timing }: { timing: CallTiming }) {
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
