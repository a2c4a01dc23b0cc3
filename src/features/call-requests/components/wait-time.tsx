import { formatDuration } from '@/domain/dates';
import { useT } from '@/lib/i18n';
import type { Locale } from '@/domain/labels';
import { useNow } from '@/lib/use-now';

/**
 * The live wait since the member pressed Call now (requested_at = phone_escalated_at, never the
 * chat's start), highlighted once it passes the organization's target.
 */
export function WaitTime({ requestedAt, targetMinutes, locale }: { requestedAt: string; targetMinutes: number; locale: Locale }) {
  const t = useT();
  const now = useNow(1000);
  const waitedMs = Math.max(0, now - new Date(requestedAt).getTime());
  const over = waitedMs > targetMinutes * 60_000;
  const text = formatDuration(waitedMs, locale);
  return (
    <span className={over ? 'wait-time wait-over' : 'wait-time'} data-over={over ? 'true' : 'false'} title={over ? t('callRequests.overTarget', { minutes: targetMinutes }) : undefined}>
      <time dateTime={requestedAt}>{text}</time>
      {over ? (
        <>
          {' '}
          <span className="wait-flag" aria-label={t('callRequests.overTarget', { minutes: targetMinutes })}>
            ▲
          </span>
        </>
      ) : null}
    </span>
  );
}
