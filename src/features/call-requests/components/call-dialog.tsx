import { useEffect, useRef, useState, type FormEvent } from 'react';
import { DateTimeInput } from '@/components/date-input';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { Field } from '@/components/field';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { useToast } from '@/components/toast';
import { CALL_OUTCOMES } from '@/domain/statuses';
import { CALL_OUTCOME_LABELS, labelOf, PILLAR_LABELS } from '@/domain/labels';
import { formatDateTime, formatInstantTime, timezoneLabel } from '@/domain/dates';
import { useCurrentOrg } from '@/lib/current-org';
import { claimHolderOf, toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import { useClaimCallRequest } from '../api/claim-call-request';
import { useReleaseCallRequest } from '../api/release-call-request';
import { useCompleteCallRequest } from '../api/complete-call-request';
import { useMarkCallMissed } from '../api/mark-call-missed';
import { useScheduleCallFollowUp } from '../api/schedule-call-follow-up';
import { chatHistoryQuery } from '../api/get-chat-history';
import type { QueueRow } from '../api/rows';
import { MemberRequests } from './member-requests';
import {
  emptyCallOutcome,
  NOTES_MAX,
  parseComplete,
  parseFollowUp,
  parseMissed,
  type CallOutcomeValues,
  type FieldErrors,
} from '../forms/call-outcome-form';

/** While the dialog is open its claim is renewed this often (claims expire after 15 minutes). */
export const RENEW_CLAIM_MS = 5 * 60_000;

type ServerFieldErrors = Partial<Record<keyof FieldErrors, string>>;

/** Which error a form value answers to. */
const FIELD_OF: Record<string, keyof FieldErrors> = { outcome: 'outcome', notes: 'notes', bookingAt: 'booking_date', followUpAt: 'scheduled_for' };

/**
 * The "Call" dialog: opening it claims the request so no two specialists call the same person;
 * a request held by someone else shows who and no form. Complete, Missed and Follow-up are one
 * rpc each; closing without an action releases the claim.
 */
/** `onClose(true)` once the request was acted on (completed, missed, follow-up): the list moves focus on to the next request. */
export function CallDialog({ request, onClose }: { request: QueueRow; onClose: (actedOn?: boolean) => void }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const orgId = organization.id;
  const tz = organization.timezone;

  const claim = useClaimCallRequest(orgId);
  const renew = useClaimCallRequest(orgId);
  const release = useReleaseCallRequest(orgId);
  const complete = useCompleteCallRequest(orgId);
  const missed = useMarkCallMissed(orgId);
  const followUp = useScheduleCallFollowUp(orgId);

  const [values, setValues] = useState<CallOutcomeValues>(emptyCallOutcome);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverErrors, setServerErrors] = useState<ServerFieldErrors>({});
  const claimedOnce = useRef(false);
  const finished = useRef(false);

  useEffect(() => {
    if (claimedOnce.current) return;
    claimedOnce.current = true;
    claim.mutate({ p_call_log_id: request.call_log_id });
  }, [claim, request.call_log_id]);

  const claimed = claim.isSuccess;

  // A call can outlast the 15-minute claim: keep it ours while the dialog is open, so no other
  // specialist takes the request over mid-call. A renewal refused (taken after all) is said.
  const renewRef = useRef(renew.mutate);
  renewRef.current = renew.mutate;
  useEffect(() => {
    if (!claimed) return;
    const timer = setInterval(() => {
      if (finished.current) return;
      renewRef.current({ p_call_log_id: request.call_log_id }, { onError: (e) => toast.error(toUserError(e).message) });
    }, RENEW_CLAIM_MS);
    return () => clearInterval(timer);
  }, [claimed, request.call_log_id, toast]);
  const history = useQuery({ ...chatHistoryQuery(orgId, request.chat_session_id), enabled: claimed });
  const busy = complete.isPending || missed.isPending || followUp.isPending;

  function close() {
    if (busy) return;
    // Closing without an action gives the request back to the queue for the others.
    if (claimed && !finished.current) release.mutate({ p_call_log_id: request.call_log_id });
    onClose();
  }

  function finish(message: string, releaseClaim: boolean) {
    finished.current = true;
    if (releaseClaim) release.mutate({ p_call_log_id: request.call_log_id });
    toast.success(message);
    onClose(true);
  }

  function onServerError(err: unknown) {
    const u = toUserError(err);
    const field = u.field;
    if (field === 'notes' || field === 'outcome' || field === 'booking_date' || field === 'scheduled_for') {
      setServerErrors({ [field]: u.message });
      return;
    }
    toast.error(u.message);
    if (u.hint === 'already_completed' || u.hint === 'not_open') {
      finished.current = true;
      onClose(true);
    }
  }

  function set<K extends keyof CallOutcomeValues>(key: K, value: CallOutcomeValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setServerErrors({});
    // The edited field's error clears as it is fixed; the others stay until the next try.
    const field = FIELD_OF[key as string];
    if (field) setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  }

  function onComplete(e: FormEvent) {
    e.preventDefault();
    const parsed = parseComplete(request.call_log_id, values, tz);
    setErrors(parsed.ok ? {} : parsed.errors);
    setServerErrors({});
    if (!parsed.ok) return;
    complete.mutate(parsed.args, {
      onSuccess: (res) =>
        finish(t('callRequests.toast.completed', { outcome: labelOf(CALL_OUTCOME_LABELS, locale, res.call_log.outcome ?? '') }), false),
      onError: onServerError,
    });
  }

  function onMissed() {
    const parsed = parseMissed(request.call_log_id, values);
    setErrors(parsed.ok ? {} : parsed.errors);
    setServerErrors({});
    if (!parsed.ok) return;
    missed.mutate(parsed.args, { onSuccess: () => finish(t('callRequests.toast.missed'), true), onError: onServerError });
  }

  function onFollowUp() {
    const parsed = parseFollowUp(request.call_log_id, values, tz);
    setErrors(parsed.ok ? {} : parsed.errors);
    setServerErrors({});
    if (!parsed.ok) return;
    followUp.mutate(parsed.args, {
      onSuccess: () => finish(t('callRequests.toast.followUp', { when: formatDateTime(parsed.args.p_scheduled_for, tz, locale) }), true),
      onError: onServerError,
    });
  }

  const errorOf = (k: keyof FieldErrors): string | null => {
    const key = errors[k];
    return key ? t(key) : (serverErrors[k] ?? null);
  };

  const name = request.member_name || t('callRequests.unknownMember');
  const claimError = claim.isError ? toUserError(claim.error) : null;
  // The holder's name and claim time come as data, so the sentence is in the user's language and
  // the time in the organization's timezone (the server's English sentence is the fallback).
  const holder = claim.isError ? claimHolderOf(claim.error) : null;
  const claimMessage = holder
    ? t('callRequests.error.claimedByOtherAt', {
        name: holder.name ?? t('callRequests.error.claimedByOtherSomeone'),
        time: formatInstantTime(holder.claimedAt, tz, locale),
      })
    : claimError?.message;

  return (
    <Dialog open onClose={close} title={t('callRequests.callMember', { name })} size="large" closeLabel={t('callRequests.dialog.close')}>
      <p className="muted">
        {[request.company_name, request.pillar ? labelOf(PILLAR_LABELS, locale, request.pillar) : null].filter(Boolean).join(' · ')}
      </p>
      <p className="call-reason">{request.reason || t('callRequests.noReason')}</p>

      {claim.isPending || claim.isIdle ? <Loading label={t('callRequests.dialog.claiming')} /> : null}

      {claimError ? (
        <div className="error-message" role="alert">
          {claimError.hint === 'claimed_by_other' ? <p className="error-message-title">{t('callRequests.dialog.claimedByOther')}</p> : null}
          <p>{claimMessage}</p>
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={() => onClose()}>
              {t('callRequests.dialog.close')}
            </button>
          </div>
        </div>
      ) : null}

      {claimed ? (
        <form className="call-form stack" onSubmit={onComplete} noValidate>
          <p className="call-phone">
            <span className="field-label">{t('callRequests.dialog.phone')}: </span>
            {request.member_phone ? (
              <a href={`tel:${request.member_phone.replace(/[^\d+]/g, '')}`}>{request.member_phone}</a>
            ) : (
              <span className="muted">{t('callRequests.dialog.noPhone')}</span>
            )}
          </p>

          <section className="chat-history" aria-label={t('callRequests.dialog.history')} tabIndex={0} data-no-autofocus>
            <h3>{t('callRequests.dialog.history')}</h3>
            {history.isPending ? <Loading inline /> : null}
            {history.isError ? <ErrorMessage error={history.error} onRetry={() => void history.refetch()} /> : null}
            {history.data && history.data.length === 0 ? <p className="muted">{t('callRequests.dialog.noMessages')}</p> : null}
            {history.data && history.data.length > 0 ? (
              <ol className="chat-log">
                {history.data.map((m) => (
                  <li key={m.id} className={`chat-bubble chat-${m.role}`}>
                    <span className="chat-meta">{formatDateTime(m.created_at, tz, locale)}</span>
                    <span className="chat-text">{m.content}</span>
                  </li>
                ))}
              </ol>
            ) : null}
          </section>

          <MemberRequests memberId={request.member_id} currentLogId={request.call_log_id} />

          <fieldset className="field" aria-invalid={errorOf('outcome') ? true : undefined} aria-describedby={errorOf('outcome') ? 'call-outcome-error' : undefined}>
            <legend className="field-label">
              {t('callRequests.dialog.outcome')}
              <span className="field-required" aria-hidden="true">
                {' '}
                *
              </span>
            </legend>
            {CALL_OUTCOMES.map((o) => (
              <label key={o} className="radio">
                <input type="radio" name="outcome" value={o} checked={values.outcome === o} onChange={() => set('outcome', o)} />{' '}
                {labelOf(CALL_OUTCOME_LABELS, locale, o)}
              </label>
            ))}
            {errorOf('outcome') ? (
              <p id="call-outcome-error" className="field-error">
                {errorOf('outcome')}
              </p>
            ) : null}
          </fieldset>

          {values.outcome === 'session_booked' ? (
            <Field label={t('callRequests.dialog.bookingAt', { timezone: timezoneLabel(tz, locale) })} error={errorOf('booking_date')} required>
              <DateTimeInput timeLabel={t('callRequests.dialog.time')} value={values.bookingAt} onChange={(v) => set('bookingAt', v)} />
            </Field>
          ) : null}

          <Field label={t('callRequests.dialog.notes')} error={errorOf('notes')} required hint={t('callRequests.dialog.notesCount', { count: values.notes.length, max: NOTES_MAX })}>
            <textarea rows={4} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
          </Field>

          <Field label={t('callRequests.dialog.followUpAt', { timezone: timezoneLabel(tz, locale) })} error={errorOf('scheduled_for')}>
            <DateTimeInput timeLabel={t('callRequests.dialog.time')} value={values.followUpAt} onChange={(v) => set('followUpAt', v)} />
          </Field>

          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={onMissed} disabled={busy}>
              {t('callRequests.dialog.missed')}
            </button>
            <button type="button" className="button secondary" onClick={onFollowUp} disabled={busy}>
              {t('callRequests.dialog.followUp')}
            </button>
            <button type="submit" className="button primary" disabled={busy}>
              {complete.isPending ? t('common.saving') : t('callRequests.dialog.complete')}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
