import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/badge';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { formatDateTime } from '@/domain/dates';
import { CALL_LOG_STATUS_LABELS, CALL_OUTCOME_LABELS, labelOf, PILLAR_LABELS } from '@/domain/labels';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { memberRequestsQuery } from '../api/get-member-requests';

/** The member's earlier call requests (newest first) in the call dialog: what was said and done before. */
export function MemberRequests({ memberId, currentLogId }: { memberId: string; currentLogId: string }) {
  const t = useT();
  const { organization, locale } = useCurrentOrg();
  const tz = organization.timezone;
  const earlier = useQuery(memberRequestsQuery(organization.id, memberId, currentLogId));
  return (
    // A scrollable region: it takes keyboard focus so it can be scrolled without a mouse (axe:
    // scrollable-region-focusable), named by its label; the dialog does not start on it.
    <div role="region" className="member-requests" aria-label={t('callRequests.dialog.earlier')} tabIndex={0} data-no-autofocus>
      <h3>{t('callRequests.dialog.earlier')}</h3>
      {earlier.isPending ? <Loading inline /> : null}
      {earlier.isError ? <ErrorMessage error={earlier.error} onRetry={() => void earlier.refetch()} /> : null}
      {earlier.data && earlier.data.rows.length === 0 ? <p className="muted">{t('callRequests.dialog.noEarlier')}</p> : null}
      {earlier.data && earlier.data.rows.length > 0 ? (
        <ol className="earlier-list">
          {earlier.data.rows.map((r) => (
            <li key={r.call_log_id}>
              <div>
                <span className="strong">{formatDateTime(r.created_at, tz, locale)}</span>
                {r.pillar ? ` · ${labelOf(PILLAR_LABELS, locale, r.pillar)}` : ''}{' '}
                {r.outcome ? (
                  <Badge tone={r.outcome === 'escalated' ? 'warning' : 'success'}>{labelOf(CALL_OUTCOME_LABELS, locale, r.outcome)}</Badge>
                ) : (
                  <Badge tone="info">{labelOf(CALL_LOG_STATUS_LABELS, locale, r.call_status)}</Badge>
                )}
              </div>
              {r.reason ? <div className="muted small">{r.reason}</div> : null}
              {r.call_notes ? (
                <div className="small">
                  {r.specialist_name ? `${r.specialist_name}: ` : ''}
                  {r.call_notes}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {earlier.data && earlier.data.total > earlier.data.rows.length ? (
        <p className="muted small">{t('callRequests.dialog.earlierMore', { shown: earlier.data.rows.length, total: earlier.data.total })}</p>
      ) : null}
    </div>
  );
}
