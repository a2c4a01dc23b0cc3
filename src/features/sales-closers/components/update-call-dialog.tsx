import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { FormField, FormMessage, useZodForm, type ControlProps } from '@/components/form';
import { DateInput, TimeInput } from '@/components/date-input';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { toUserError } from '@/lib/errors';
import { formatMoney } from '@/domain/money';
import { formatDate, formatTime, todayIn, zonedParts } from '@/domain/dates';
import { CALL_APPOINTMENT_STATUS_LABELS, labelOf } from '@/domain/labels';
import { REMARKS_REQUIRED_STATUSES, isConvertedStatus } from '@/domain/statuses';
import type { CloserCallRow } from '../api/rows';
import { activeBatchesQuery } from '../api/get-active-batches';
import { useConvertCall } from '../api/convert-call';
import { useUpdateCallStatus } from '../api/update-call-status';
import {
  OFFERED_STATUSES,
  callHasStudent,
  hintToField,
  updateCallFormSchemaFor,
  type UpdateCallCommand,
  type UpdateCallFormValues,
} from '../forms/update-call-form';
import { useOrgFormat } from '@/lib/use-org-format';
import { parseAmount } from '@/domain/money';

type Props = {
  orgId: string;
  call: CloserCallRow;
  onClose: () => void;
};

function initialValues(call: CloserCallRow, today: string): UpdateCallFormValues {
  const hasStudent = callHasStudent(call);
  const legacy = !(OFFERED_STATUSES as readonly string[]).includes(call.status);
  return {
    status: legacy ? '' : call.status,
    batch_id: call.batch_id ?? '',
    classes_access: call.classes_access != null ? String(call.classes_access) : '',
    offer_amount: call.offer_amount ? String(call.offer_amount) : '',
    cash_received: call.cash_received ? String(call.cash_received) : '',
    next_follow_up_date: call.next_follow_up_date ?? '',
    no_cost_emi: '',
    gst_fees: '',
    platform_fees: '',
    pay_after_earning: false,
    payment_platform: '',
    payment_remarks: '',
    remarks: call.additional_comments ?? '',
    refund_reason: '',
    refund_amount: hasStudent ? String(call.cash_received) : '',
    refunded_on: hasStudent ? today : '',
    rescheduled_date: '',
    rescheduled_time: '',
  };
}

/**
 * Update a call: edit, review, save. Saving is one rpc with the version the closer saw, so an
 * edit made meanwhile by someone else is refused instead of overwritten. The form is one
 * react-hook-form on the update-call schema: its output is the rpc's arguments; errors show
 * next to their fields (the first one focused); a refusal naming a field goes back to the form
 * with the message next to that field.
 */
export function UpdateCallDialog({ orgId, call, onClose }: Props) {
  const t = useT();
  const { locale, currency, timezone } = useOrgFormat();
  const toast = useToast();
  const uid = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [command, setCommand] = useState<UpdateCallCommand | null>(null);
  const saving = useRef(false);
  const batches = useQuery(activeBatchesQuery(orgId));
  const convert = useConvertCall(orgId);
  const updateStatus = useUpdateCallStatus(orgId);
  const pending = convert.isPending || updateStatus.isPending;
  const money = (n: number) => formatMoney(n, currency, locale);
  const today = todayIn(timezone);
  const now = zonedParts(new Date(), timezone);
  const schema = updateCallFormSchemaFor({
    today,
    nowTime: `${now.hour}:${now.minute}`,
    currency,
    formatMoney: money,
    current: call,
    received: callHasStudent(call) ? call.cash_received : null,
  });
  const form = useZodForm(schema, initialValues(call, today));
  const values = form.watch();

  const wasConverted = isConvertedStatus(call.status);
  // A converted call may only move to another converted status, refunded or discontinued.
  const statusOptions = wasConverted
    ? OFFERED_STATUSES.filter((s) => isConvertedStatus(s) || s === 'refunded' || s === 'discontinued')
    : OFFERED_STATUSES;
  const converting = isConvertedStatus(values.status);
  // Refunding a call that converted a student sends money back through the ledger (as Cohort
  // Management's refund does): the amount (default all received) and the date are asked.
  const refundsMoney = values.status === 'refunded' && callHasStudent(call);
  const remarksRequired = (REMARKS_REQUIRED_STATUSES as readonly string[]).includes(values.status);
  const offer = parseAmount(values.offer_amount);
  const cash = parseAmount(values.cash_received);
  const due = offer !== null && cash !== null ? offer - cash : null;
  const statusLabel = (s: string) => labelOf(CALL_APPOINTMENT_STATUS_LABELS, locale, s);

  const review = form.handleSubmit((parsed) => {
    setFormError(null);
    setCommand(parsed);
  });

  const save = async () => {
    if (!command || saving.current) return;
    saving.current = true;
    try {
      if (command.kind === 'convert') {
        await convert.mutateAsync({ ...command.args, p_appointment_id: call.id, p_expected_version: String(call.version) });
      } else {
        await updateStatus.mutateAsync({ ...command.args, p_appointment_id: call.id, p_expected_version: String(call.version) });
      }
      toast.success(t('sales.update.saved', { name: call.lead_name ?? '' }));
      onClose();
    } catch (err) {
      const e = toUserError(err);
      const field = hintToField(e.hint);
      if (field) {
        // Back to the form, the message next to the field it names (focused by the dialog).
        setCommand(null);
        form.setError(field, { type: 'server', message: e.message });
      } else {
        setFormError(e.message);
        toast.error(e.message);
      }
    } finally {
      saving.current = false;
    }
  };

  const batchLabel = useMemo(() => {
    const b = batches.data?.find((x) => x.id === values.batch_id);
    return b ? `${b.cohortTypeName} · ${b.name}` : '';
  }, [batches.data, values.batch_id]);

  const title = t('sales.update.title', { name: call.lead_name ?? '' });
  const dateField = (name: 'rescheduled_date' | 'refunded_on' | 'next_follow_up_date', p: ControlProps) => (
    <Controller control={form.control} name={name} render={({ field }) => <DateInput invalidAs="text" {...p} {...field} />} />
  );

  if (command) {
    const rows: [string, ReactNode][] = [[t('sales.field.status'), `${statusLabel(call.status)} → ${statusLabel(values.status)}`]];
    if (command.kind === 'convert') {
      rows.push(
        [t('sales.field.batch'), batchLabel],
        [t('sales.field.classes'), values.classes_access === '15' ? t('sales.field.allClasses') : values.classes_access],
        [t('sales.field.offer'), money(Number(command.args.p_offer_amount))],
        [t('sales.field.cash'), money(Number(command.args.p_cash_received))],
        [t('sales.field.due'), money(Number(command.args.p_offer_amount) - Number(command.args.p_cash_received))],
      );
      if (command.args.p_pay_after_earning) rows.push([t('sales.field.payAfterEarning'), t('common.yes')]);
    }
    if (values.next_follow_up_date) rows.push([t('sales.field.nextFollowUp'), formatDate(values.next_follow_up_date, timezone, locale)]);
    if (values.status === 'reschedule') rows.push([t('sales.field.rescheduledTo'), `${formatDate(values.rescheduled_date, timezone, locale)} ${formatTime(values.rescheduled_time, locale, timezone)}`]);
    if (values.status === 'refunded') rows.push([t('sales.field.refundReason'), values.refund_reason]);
    if (refundsMoney && command.kind === 'status') {
      const amount = Number(command.args.p_refund_amount ?? call.cash_received);
      rows.push(
        [t('cohorts.refundForm.amount'), money(amount)],
        [t('cohorts.refundForm.date'), formatDate(command.args.p_refunded_on ?? today, timezone, locale)],
      );
    }
    if (values.remarks.trim()) rows.push([t('sales.field.remarks'), values.remarks]);
    return (
      <Dialog open onClose={pending ? () => undefined : onClose} title={t('sales.update.confirmTitle')}>
        <p>{t('sales.update.confirmIntro', { name: call.lead_name ?? '' })}</p>
        <dl className="summary-list" aria-label={t('sales.update.summary')}>
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        <FormMessage message={formError} />
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={() => setCommand(null)} disabled={pending}>
            {t('common.back')}
          </button>
          <button type="button" className="button primary" onClick={() => void save()} disabled={pending} aria-busy={pending}>
            {pending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </Dialog>
    );
  }

  const amountField = (name: 'offer_amount' | 'cash_received' | 'no_cost_emi' | 'gst_fees' | 'platform_fees', label: string) => (
    <FormField form={form} name={name} label={label}>
      {(p) => <input {...p} inputMode="decimal" {...form.register(name)} />}
    </FormField>
  );

  return (
    <Dialog open onClose={onClose} title={title}>
      <form noValidate onSubmit={(e) => void review(e)} className="form-grid">
        <FormField form={form} name="status" label={t('sales.field.status')} required>
          {(p) => (
            <select {...p} {...form.register('status')}>
              <option value="">{t('sales.field.chooseStatus')}</option>
              {statusOptions.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {converting ? (
          <>
            <FormField form={form} name="batch_id" label={t('sales.field.batch')} required>
              {(p) => (
                <select {...p} {...form.register('batch_id')}>
                  <option value="">{batches.isLoading ? t('common.loading') : t('sales.field.chooseBatch')}</option>
                  {(batches.data ?? []).map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.cohortTypeName} · {b.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField form={form} name="classes_access" label={t('sales.field.classes')} required>
              {(p) => (
                <select {...p} {...form.register('classes_access')}>
                  <option value="">{t('sales.field.chooseClasses')}</option>
                  {Array.from({ length: 15 }, (_, i) => String(i + 1)).map((n) => (
                    <option key={n} value={n}>
                      {n === '15' ? t('sales.field.allClasses') : n}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {amountField('offer_amount', t('sales.field.offer'))}
            {amountField('cash_received', t('sales.field.cash'))}
            <div className="field">
              <span className="field-label" id={`${uid}-due-label`}>
                {t('sales.field.due')}
              </span>
              <output aria-labelledby={`${uid}-due-label`} data-testid="computed-due" className={due !== null && due < 0 ? 'negative' : undefined}>
                {due === null ? '—' : money(due)}
              </output>
            </div>
            {amountField('no_cost_emi', t('sales.field.noCostEmi'))}
            {amountField('gst_fees', t('sales.field.gstFees'))}
            {amountField('platform_fees', t('sales.field.platformFees'))}
            <div className="field checkbox">
              <input id={`${uid}-pae`} type="checkbox" {...form.register('pay_after_earning')} />
              <label htmlFor={`${uid}-pae`}>{t('sales.field.payAfterEarning')}</label>
            </div>
            <FormField form={form} name="payment_platform" label={t('sales.field.paymentPlatform')}>
              {(p) => <input {...p} {...form.register('payment_platform')} />}
            </FormField>
            <FormField form={form} name="payment_remarks" label={t('sales.field.paymentRemarks')}>
              {(p) => <textarea {...p} rows={2} {...form.register('payment_remarks')} />}
            </FormField>
          </>
        ) : null}
        {values.status === 'reschedule' ? (
          <>
            <FormField form={form} name="rescheduled_date" label={t('sales.field.rescheduleDate')} required>
              {(p) => dateField('rescheduled_date', p)}
            </FormField>
            <FormField form={form} name="rescheduled_time" label={t('sales.field.rescheduleTime')}>
              {(p) => <Controller control={form.control} name="rescheduled_time" render={({ field }) => <TimeInput invalidAs="text" {...p} {...field} />} />}
            </FormField>
          </>
        ) : null}
        {values.status === 'refunded' ? (
          <FormField form={form} name="refund_reason" label={t('sales.field.refundReason')} required>
            {(p) => <textarea {...p} rows={2} {...form.register('refund_reason')} />}
          </FormField>
        ) : null}
        {refundsMoney ? (
          <>
            <FormField form={form} name="refund_amount" label={t('cohorts.refundForm.amount')} hint={t('cohorts.refundForm.amountHelp', { amount: money(call.cash_received) })}>
              {(p) => <input {...p} inputMode="decimal" {...form.register('refund_amount')} />}
            </FormField>
            <FormField form={form} name="refunded_on" label={t('cohorts.refundForm.date')}>
              {(p) => dateField('refunded_on', p)}
            </FormField>
          </>
        ) : null}
        <FormField form={form} name="next_follow_up_date" label={t('sales.field.nextFollowUp')}>
          {(p) => dateField('next_follow_up_date', p)}
        </FormField>
        <FormField form={form} name="remarks" label={t('sales.field.remarks')} required={remarksRequired}>
          {(p) => <textarea {...p} rows={3} {...form.register('remarks')} />}
        </FormField>
        <FormMessage message={formError} />
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('sales.update.review')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
