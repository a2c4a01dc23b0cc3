import { useEffect, useId, useRef, type BaseSyntheticEvent } from 'react';
import { Controller } from 'react-hook-form';
import { DateTimeInput } from '@/components/date-input';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { FormField, useFieldError, useZodForm } from '@/components/form';
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
import { CALL_FORM_FIELD, callOutcomeFormSchema, emptyCallOutcome, NOTES_MAX, type CallAction, type CallOutcomeCommand, type CallOutcomeValues } from '../forms/call-outcome-form';

/** While the dialog is open its claim is renewed this often (claims expire after 15 minutes). */
export const RENEW_CLAIM_MS = 5 * 60_000;

/**
 * What was typed in a dialog closed without an action (Escape, ×, a click outside), per request,
 * for this tab's life: reopening the request brings it back. Dropped once the request is acted on.
 * Kept in memory only (notes about a member's health are not written to the browser's storage).
 */
const drafts = new Map<string, CallOutcomeValues>();

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

  const uid = useId();
  // One form for the three endings; the button pressed sets `action`, whose rules then apply.
  // What was typed stays in the form until the database has recorded it (a refusal or a lost
  // connection keeps it; the network notice offers to try again).
  const form = useZodForm(callOutcomeFormSchema(request.call_log_id, tz), { ...(drafts.get(request.call_log_id) ?? emptyCallOutcome), action: 'complete' });
  // Read while rendering: react-hook-form tracks isDirty only for a form that reads it.
  const { isDirty } = form.formState;
  const outcome = form.watch('outcome');
  const notesLength = form.watch('notes').length;
  const outcomeError = useFieldError(form, 'outcome');
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
  // (useMutation's mutate keeps its identity across renders.)
  const renewClaim = renew.mutate;
  useEffect(() => {
    if (!claimed) return;
    const timer = setInterval(() => {
      if (finished.current) return;
      renewClaim({ p_call_log_id: request.call_log_id }, { onError: (e) => toast.error(toUserError(e).message) });
    }, RENEW_CLAIM_MS);
    return () => clearInterval(timer);
  }, [claimed, request.call_log_id, toast, renewClaim]);
  const history = useQuery({ ...chatHistoryQuery(orgId, request.chat_session_id), enabled: claimed });
  const busy = complete.isPending || missed.isPending || followUp.isPending;

  function close() {
    if (busy) return;
    // Closing without an action gives the request back to the queue for the others; what was
    // typed is kept for when the request is opened again.
    if (claimed && !finished.current) {
      release.mutate({ p_call_log_id: request.call_log_id });
      if (isDirty) {
        const { outcome, notes, bookingAt, followUpAt } = form.getValues();
        drafts.set(request.call_log_id, { outcome, notes, bookingAt, followUpAt });
      }
    }
    onClose();
  }

  function finish(message: string, releaseClaim: boolean) {
    finished.current = true;
    drafts.delete(request.call_log_id);
    if (releaseClaim) release.mutate({ p_call_log_id: request.call_log_id });
    toast.success(message);
    onClose(true);
  }

  function onServerError(err: unknown) {
    const u = toUserError(err);
    const field = u.field ? CALL_FORM_FIELD[u.field] : undefined;
    if (field) {
      form.setError(field, { type: 'server', message: u.message }, { shouldFocus: true });
      return;
    }
    toast.error(u.message);
    if (u.hint === 'already_completed' || u.hint === 'not_open') {
      finished.current = true;
      drafts.delete(request.call_log_id);
      onClose(true);
    }
  }

  function record(command: CallOutcomeCommand) {
    if (busy) return;
    if (command.kind === 'complete') {
      complete.mutate(command.args, {
        onSuccess: (res) =>
          finish(t('callRequests.toast.completed', { outcome: labelOf(CALL_OUTCOME_LABELS, locale, res.call_log.outcome ?? '') }), false),
        onError: onServerError,
      });
    } else if (command.kind === 'missed') {
      missed.mutate(command.args, { onSuccess: () => finish(t('callRequests.toast.missed'), true), onError: onServerError });
    } else {
      const when = command.args.p_scheduled_for;
      followUp.mutate(command.args, {
        onSuccess: () => finish(t('callRequests.toast.followUp', { when: formatDateTime(when, tz, locale) }), true),
        onError: onServerError,
      });
    }
  }

  /** Checks the values by the rules of `action` (errors next to their fields, the first focused), then records. */
  function submit(action: CallAction, e?: BaseSyntheticEvent) {
    form.setValue('action', action);
    void form.handleSubmit(record)(e);
  }

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
        <form className="call-form stack" onSubmit={(e) => submit('complete', e)} noValidate>
          <p className="call-phone">
            <span className="field-label">{t('callRequests.dialog.phone')}: </span>
            {request.member_phone ? (
              <a href={`tel:${request.member_phone.replace(/[^\d+]/g, '')}`}>{request.member_phone}</a>
            ) : (
              <span className="muted">{t('callRequests.dialog.noPhone')}</span>
            )}
          </p>

          {/* A scrollable region takes keyboard focus (axe: scrollable-region-focusable). */}
          <div role="region" className="chat-history" aria-label={t('callRequests.dialog.history')} tabIndex={0} data-no-autofocus>
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
          </div>

          <MemberRequests memberId={request.member_id} currentLogId={request.call_log_id} />

          <div
            className="field"
            role="radiogroup"
            aria-labelledby={`${uid}-outcome-label`}
            aria-required="true"
            aria-invalid={outcomeError ? true : undefined}
            aria-describedby={outcomeError ? `${uid}-outcome-error` : undefined}
          >
            <span id={`${uid}-outcome-label`} className="field-label">
              {t('callRequests.dialog.outcome')}
              <span className="field-required" aria-hidden="true">
                {' '}
                *
              </span>
            </span>
            {CALL_OUTCOMES.map((o) => (
              <label key={o} className="radio">
                <input type="radio" value={o} {...form.register('outcome')} /> {labelOf(CALL_OUTCOME_LABELS, locale, o)}
              </label>
            ))}
            {outcomeError ? (
              <p id={`${uid}-outcome-error`} className="field-error" role="alert">
                {outcomeError}
              </p>
            ) : null}
          </div>

          {outcome === 'session_booked' ? (
            <FormField form={form} name="bookingAt" label={t('callRequests.dialog.bookingAt', { timezone: timezoneLabel(tz, locale) })} required>
              {(p) => (
                <Controller
                  control={form.control}
                  name="bookingAt"
                  render={({ field }) => <DateTimeInput {...p} timeLabel={t('callRequests.dialog.time')} value={field.value} onChange={field.onChange} />}
                />
              )}
            </FormField>
          ) : null}

          <FormField form={form} name="notes" label={t('callRequests.dialog.notes')} required hint={t('callRequests.dialog.notesCount', { count: notesLength, max: NOTES_MAX })}>
            {(p) => <textarea {...p} rows={4} {...form.register('notes')} />}
          </FormField>

          <FormField form={form} name="followUpAt" label={t('callRequests.dialog.followUpAt', { timezone: timezoneLabel(tz, locale) })}>
            {(p) => (
              <Controller
                control={form.control}
                name="followUpAt"
                render={({ field }) => <DateTimeInput {...p} timeLabel={t('callRequests.dialog.time')} value={field.value} onChange={field.onChange} />}
              />
            )}
          </FormField>

          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={() => submit('missed')} disabled={busy}>
              {t('callRequests.dialog.missed')}
            </button>
            <button type="button" className="button secondary" onClick={() => submit('followUp')} disabled={busy}>
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
