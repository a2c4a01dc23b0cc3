import { useRef, useState } from 'react';
import { DateInput, TimeInput } from '@/components/date-input';
import { Dialog } from '@/components/dialog';
import { Field } from '@/components/field';
import { useToast } from '@/components/toast';
import { aheadDateProblem, cleanText, isCalendarDate } from '@/domain/input-rules';
import { todayIn, zonedParts, timezoneLabel } from '@/domain/dates';
import { toLocale } from '@/domain/labels';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import { useCurrentOrg } from '@/lib/current-org';
import { useCancelCall, useRescheduleCall } from '../api/call-writes';
import type { AllCallRow } from '../api/get-all-calls';
import { TIME_SHAPE } from '../forms/book-call-form';

/** Move a call to another local date and time; it is scheduled again (also a cancelled one). */
export function RescheduleCallDialog({ call, onClose }: { call: AllCallRow; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const move = useRescheduleCall(organization.id);
  const [date, setDate] = useState(call.scheduled_date);
  const [time, setTime] = useState(call.scheduled_time?.slice(0, 5) ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ date?: string; time?: string; reason?: string; form?: string }>({});
  const saving = useRef(false);

  const submit = async () => {
    if (saving.current) return;
    const today = todayIn(organization.timezone);
    const now = zonedParts(new Date(), organization.timezone);
    const next: typeof errors = {};
    if (!isCalendarDate(date)) next.date = t('calls.book.error.dateRequired');
    else if (aheadDateProblem(date, today) === 'past') next.date = t('calls.book.error.datePast');
    else if (aheadDateProblem(date, today) === 'tooFar') next.date = t('calls.book.error.dateTooFar');
    if (time && !TIME_SHAPE.test(time)) next.time = t('calls.book.error.timeInvalid');
    else if (time && date === today && time < `${now.hour}:${now.minute}`) next.time = t('calls.book.error.timePast');
    if (cleanText(reason).length > 2000) next.reason = t('calls.cancel.error.tooLong');
    setErrors(next);
    if (Object.keys(next).length) return;
    saving.current = true;
    try {
      await move.mutateAsync({
        p_appointment_id: call.id,
        p_scheduled_date: date,
        p_scheduled_time: time || null,
        p_reason: cleanText(reason) || null,
        p_expected_version: String(call.version),
      });
      toast.success(t('calls.reschedule.done', { name: call.lead_name ?? '' }));
      onClose();
    } catch (err) {
      const e = toUserError(err);
      if (e.field === 'scheduled_date') setErrors({ date: e.message });
      else if (e.field === 'scheduled_time') setErrors({ time: e.message });
      else if (e.field === 'reason') setErrors({ reason: e.message });
      else setErrors({ form: e.message });
    } finally {
      saving.current = false;
    }
  };

  return (
    <Dialog open onClose={onClose} title={t('calls.reschedule.title', { name: call.lead_name ?? '' })} size="small" closeLabel={t('common.close')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <Field label={t('calls.field.date')} error={errors.date} required hint={t('calls.book.inTimezone', { zone: timezoneLabel(organization.timezone, toLocale(locale)) })}>
            <DateInput invalidAs="text" value={date} onChange={(value) => setDate(value)} />
          </Field>
          <Field label={t('calls.field.time')} error={errors.time}>
            <TimeInput invalidAs="text" value={time} onChange={(value) => setTime(value)} />
          </Field>
          <Field label={t('calls.reschedule.reason')} error={errors.reason} className="span-all">
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
          </Field>
        </div>
        {errors.form ? (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={move.isPending}>
            {move.isPending ? t('common.saving') : t('calls.reschedule.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Cancel a booking with a reason (kept in the call's history). */
export function CancelCallDialog({ call, onClose }: { call: AllCallRow; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const cancel = useCancelCall(organization.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ reason?: string; form?: string }>({});
  const saving = useRef(false);

  const submit = async () => {
    if (saving.current) return;
    const clean = cleanText(reason);
    if (!clean) return setError({ reason: t('calls.cancel.error.required') });
    if (clean.length > 2000) return setError({ reason: t('calls.cancel.error.tooLong') });
    setError({});
    saving.current = true;
    try {
      await cancel.mutateAsync({ p_appointment_id: call.id, p_reason: clean });
      toast.success(t('calls.cancel.done', { name: call.lead_name ?? '' }));
      onClose();
    } catch (err) {
      const e = toUserError(err);
      setError(e.field === 'reason' ? { reason: e.message } : { form: e.message });
    } finally {
      saving.current = false;
    }
  };

  return (
    <Dialog open onClose={onClose} title={t('calls.cancel.title', { name: call.lead_name ?? '' })} size="small" closeLabel={t('common.close')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label={t('calls.cancel.reason')} error={error.reason} required>
          <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
        </Field>
        {error.form ? (
          <p className="form-error" role="alert">
            {error.form}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t('calls.cancel.keep')}
          </button>
          <button type="submit" className="button danger" disabled={cancel.isPending}>
            {cancel.isPending ? t('common.saving') : t('calls.cancel.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
