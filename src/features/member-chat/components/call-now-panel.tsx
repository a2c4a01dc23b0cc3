import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/badge';
import { FormField, useZodForm } from '@/components/form';
import { useToast } from '@/components/toast';
import { formatDateTime } from '@/domain/dates';
import { CALL_LOG_STATUS_LABELS, CALL_OUTCOME_LABELS, CHAT_SESSION_STATUS_LABELS, labelOf } from '@/domain/labels';
import { OPEN_CALL_LOG_STATUSES } from '@/domain/statuses';
import { useCurrentOrg } from '@/lib/current-org';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import { callRequestQuery, useCallRequestChanges } from '../api/get-call-request';
import { useRequestPhoneCall } from '../api/request-phone-call';
import type { ChatSessionRow } from '../api/rows';
import { callReasonSchema, REASON_MAX } from '../forms/chat-forms';

function isOpen(status: string): boolean {
  return (OPEN_CALL_LOG_STATUSES as readonly string[]).includes(status);
}

/** The call request's status: the same badge in the chat's header and in this panel. */
export function CallStatusBadge({ status }: { status: string }) {
  const { locale } = useCurrentOrg();
  return <Badge tone={status === 'completed' ? 'success' : 'warning'}>{labelOf(CALL_LOG_STATUS_LABELS, locale, status)}</Badge>;
}

/** The chat's header badge: its call request's status when it has one (as the panel shows), else the chat's status. */
export function ChatStatusBadge({ session }: { session: ChatSessionRow }) {
  const { organization, locale } = useCurrentOrg();
  const request = useQuery(callRequestQuery(organization.id, session.id));
  if (request.isPending) return null;
  if (request.data) return <CallStatusBadge status={request.data.call_status} />;
  return <Badge tone={session.status === 'phone_escalated' ? 'warning' : 'neutral'}>{labelOf(CHAT_SESSION_STATUS_LABELS, locale, session.status)}</Badge>;
}

/**
 * Call now: one request_phone_call. While a request is open the button shows "Call requested"
 * with the time and is disabled; the database also refuses to open a second one.
 */
export function CallNowPanel({ session }: { session: ChatSessionRow }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const tz = organization.timezone;
  const form = useZodForm(callReasonSchema, { reason: '' });
  const request = useQuery(callRequestQuery(organization.id, session.id));
  const callNow = useRequestPhoneCall(organization.id);

  const log = request.data ?? null;
  const open = log ? isOpen(log.call_status) : false;
  useCallRequestChanges(organization.id, session.id, open);
  const requested = open || callNow.isPending;

  const onSubmit = form.handleSubmit(({ reason }) => {
    if (requested) return;
    callNow.mutate(
      { p_chat_session_id: session.id, ...(reason ? { p_reason: reason } : {}) },
      {
        onSuccess: () => {
          form.reset();
          toast.success(t('myChats.callToast'));
        },
        onError: (err) => {
          const u = toUserError(err);
          if (u.field === 'reason') form.setError('reason', { type: 'server', message: u.message }, { shouldFocus: true });
          else toast.error(u.message);
        },
      },
    );
  });

  const requestedAt = session.phone_escalated_at ?? log?.created_at ?? null;

  return (
    <form
      className="call-now"
      onSubmit={(e) => {
        if (requested) return e.preventDefault();
        void onSubmit(e);
      }}
      noValidate
    >
      {!requested ? (
        <FormField form={form} name="reason" label={t('myChats.callReason')}>
          {(p) => <input {...p} type="text" maxLength={REASON_MAX} {...form.register('reason')} />}
        </FormField>
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={requested} aria-describedby="call-now-status">
          {requested && requestedAt
            ? t('myChats.callRequested', { time: formatDateTime(requestedAt, tz, locale) })
            : t('myChats.callNow')}
        </button>
      </div>
      <p id="call-now-status" className="muted" role="status">
        {log ? (
          <>
            {t('myChats.callStatus', { status: '' })}
            <CallStatusBadge status={log.call_status} />
            {log.call_status === 'scheduled' && log.scheduled_for ? <> · {t('myChats.callFollowUp', { time: formatDateTime(log.scheduled_for, tz, locale) })}</> : null}
            {log.call_status === 'completed' && log.outcome ? <> · {t('myChats.callOutcome', { outcome: labelOf(CALL_OUTCOME_LABELS, locale, log.outcome) })}</> : null}
          </>
        ) : null}
      </p>
    </form>
  );
}
