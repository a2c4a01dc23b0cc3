import { Controller } from 'react-hook-form';
import { DateInput, TimeInput } from '@/components/date-input';
import { Dialog } from '@/components/dialog';
import { FormField, showServerError, useZodForm } from '@/components/form';
import { useToast } from '@/components/toast';
import { todayIn, zonedParts, timezoneLabel } from '@/domain/dates';
import { toLocale } from '@/domain/labels';
import { useT } from '@/lib/i18n';
import { useCurrentOrg } from '@/lib/current-org';
import { useCancelCall, useRescheduleCall } from '../api/call-writes';
import type { AllCallRow } from '../api/get-all-calls';
import { cancelFormSchema, REASON_MAX, rescheduleFormSchema } from '../forms/call-action-forms';

/**
 * Move a call to another local date and time; it is scheduled again (also a cancelled one).
 * Errors show next to their fields, the first one focused; a refusal naming a field goes to it.
 */
export function RescheduleCallDialog({ call, onClose }: { call: AllCallRow; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const move = useRescheduleCall(organization.id);
  const now = zonedParts(new Date(), organization.timezone);
  const form = useZodForm(rescheduleFormSchema(call, todayIn(organization.timezone), `${now.hour}:${now.minute}`), {
    scheduled_date: call.scheduled_date,
    scheduled_time: call.scheduled_time?.slice(0, 5) ?? '',
    reason: '',
  });

  const onSubmit = form.handleSubmit((args) => {
    if (move.isPending) return;
    move.mutate(args, {
      onSuccess: () => {
        toast.success(t('calls.reschedule.done', { name: call.lead_name ?? '' }));
        onClose();
      },
      onError: (err) => showServerError(form, err, toast),
    });
  });

  return (
    <Dialog open onClose={onClose} title={t('calls.reschedule.title', { name: call.lead_name ?? '' })} size="small" closeLabel={t('common.close')}>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="form-grid">
          <FormField form={form} name="scheduled_date" label={t('calls.field.date')} required hint={t('calls.book.inTimezone', { zone: timezoneLabel(organization.timezone, toLocale(locale)) })}>
            {(p) => <Controller control={form.control} name="scheduled_date" render={({ field }) => <DateInput invalidAs="text" {...p} {...field} />} />}
          </FormField>
          <FormField form={form} name="scheduled_time" label={t('calls.field.time')}>
            {(p) => <Controller control={form.control} name="scheduled_time" render={({ field }) => <TimeInput invalidAs="text" {...p} {...field} />} />}
          </FormField>
          <FormField form={form} name="reason" label={t('calls.reschedule.reason')} className="span-all">
            {(p) => <textarea {...p} rows={2} maxLength={REASON_MAX} {...form.register('reason')} />}
          </FormField>
        </div>
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
  const form = useZodForm(cancelFormSchema(call.id), { reason: '' });

  const onSubmit = form.handleSubmit((args) => {
    if (cancel.isPending) return;
    cancel.mutate(args, {
      onSuccess: () => {
        toast.success(t('calls.cancel.done', { name: call.lead_name ?? '' }));
        onClose();
      },
      onError: (err) => showServerError(form, err, toast),
    });
  });

  return (
    <Dialog open onClose={onClose} title={t('calls.cancel.title', { name: call.lead_name ?? '' })} size="small" closeLabel={t('common.close')}>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <FormField form={form} name="reason" label={t('calls.cancel.reason')} required>
          {(p) => <textarea {...p} rows={3} maxLength={REASON_MAX} {...form.register('reason')} />}
        </FormField>
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
