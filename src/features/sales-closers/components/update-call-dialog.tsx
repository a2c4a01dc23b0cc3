import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DateInput, TimeInput } from '@/components/date-input';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { tr } from '@/lib/tr';
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
  fieldErrors,
  hintToField,
  updateCallFormSchemaFor,
  type UpdateCallCommand,
  type UpdateCallField,
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
 * edit made meanwhile by someone else is refused instead of overwritten.
 */
export function UpdateCallDialog({ orgId, call, onClose }: Props) {
  const t = useT();
  const { locale, currency, timezone } = useOrgFormat();
  const toast = useToast();
  const uid = useId();
  const [values, setValues] = useState<UpdateCallFormValues>(() => initialValues(call, todayIn(timezone)));
  const [errors, setErrors] = useState<Partial<Record<UpdateCallField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [command, setCommand] = useState<UpdateCallCommand | null>(null);
  const saving = useRef(false);
  const batches = useQuery(activeBatchesQuery(orgId));
  const convert = useConvertCall(orgId);
  const updateStatus = useUpdateCallStatus(orgId);
  const pending = convert.isPending || updateStatus.isPending;

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
  const money = (n: number) => formatMoney(n, currency, locale);
  const statusLabel = (s: string) => labelOf(CALL_APPOINTMENT_STATUS_LABELS, locale, s);

  const set = <K extends UpdateCallField>(k: K, v: UpdateCallFormValues[K]) => {
    setValues((prev) => ({ ...prev, [k]: v }));
    setErrors((prev) => ({ ...prev, [k]: undefined }));
  };

  const review = () => {
    setFormError(null);
    const now = zonedParts(new Date(), timezone);
    const parsed = updateCallFormSchemaFor({
      today: todayIn(timezone),
      nowTime: `${now.hour}:${now.minute}`,
      currency,
      formatMoney: money,
      current: call,
      received: callHasStudent(call) ? call.cash_received : null,
    }).safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setCommand(parsed.data);
  };

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
        setErrors({ [field]: e.message });
        setCommand(null);
      } else {
        setFormError(e.message);
        toast.error(e.message);
      }
    } finally {
      saving.current = false;
    }
  };

  const field = (name: UpdateCallField, label: string, input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode, required = false) => {
    const id = `${uid}-${name}`;
    const err = errors[name];
    return (
      <div className="field" key={name}>
        <label htmlFor={id}>
          {label}
          {required ? <span aria-hidden="true"> *</span> : null}
        </label>
        {input({ id, 'aria-invalid': Boolean(err), 'aria-describedby': err ? `${id}-error` : undefined })}
        {err ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {tr(t, err)}
          </p>
        ) : null}
      </div>
    );
  };

  const batchLabel = useMemo(() => {
    const b = batches.data?.find((x) => x.id === values.batch_id);
    return b ? `${b.cohortTypeName} · ${b.name}` : '';
  }, [batches.data, values.batch_id]);

  const title = t('sales.update.title', { name: call.lead_name ?? '' });

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
        [t('cohorts.refundForm.date'), formatDate(command.args.p_refunded_on ?? todayIn(timezone), timezone, locale)],
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
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={() => setCommand(null)} disabled={pending}>
            {t('common.back')}
          </button>
          <button type="button" className="button primary" onClick={save} disabled={pending} aria-busy={pending}>
            {pending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={onClose} title={title}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          review();
        }}
        className="form-grid"
      >
        {field(
          'status',
          t('sales.field.status'),
          (p) => (
            <select {...p} value={values.status} onChange={(e) => set('status', e.target.value)}>
              <option value="">{t('sales.field.chooseStatus')}</option>
              {statusOptions.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          ),
          true,
        )}
        {converting ? (
          <>
            {field(
              'batch_id',
              t('sales.field.batch'),
              (p) => (
                <select {...p} value={values.batch_id} onChange={(e) => set('batch_id', e.target.value)}>
                  <option value="">{batches.isLoading ? t('common.loading') : t('sales.field.chooseBatch')}</option>
                  {(batches.data ?? []).map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.cohortTypeName} · {b.name}
                    </option>
                  ))}
                </select>
              ),
              true,
            )}
            {field(
              'classes_access',
              t('sales.field.classes'),
              (p) => (
                <select {...p} value={values.classes_access} onChange={(e) => set('classes_access', e.target.value)}>
                  <option value="">{t('sales.field.chooseClasses')}</option>
                  {Array.from({ length: 15 }, (_, i) => String(i + 1)).map((n) => (
                    <option key={n} value={n}>
                      {n === '15' ? t('sales.field.allClasses') : n}
                    </option>
                  ))}
                </select>
              ),
              true,
            )}
            {field('offer_amount', t('sales.field.offer'), (p) => (
              <input {...p} inputMode="decimal" value={values.offer_amount} onChange={(e) => set('offer_amount', e.target.value)} />
            ))}
            {field('cash_received', t('sales.field.cash'), (p) => (
              <input {...p} inputMode="decimal" value={values.cash_received} onChange={(e) => set('cash_received', e.target.value)} />
            ))}
            <div className="field">
              <span className="field-label" id={`${uid}-due-label`}>
                {t('sales.field.due')}
              </span>
              <output aria-labelledby={`${uid}-due-label`} data-testid="computed-due" className={due !== null && due < 0 ? 'negative' : undefined}>
                {due === null ? '—' : money(due)}
              </output>
            </div>
            {field('no_cost_emi', t('sales.field.noCostEmi'), (p) => (
              <input {...p} inputMode="decimal" value={values.no_cost_emi} onChange={(e) => set('no_cost_emi', e.target.value)} />
            ))}
            {field('gst_fees', t('sales.field.gstFees'), (p) => (
              <input {...p} inputMode="decimal" value={values.gst_fees} onChange={(e) => set('gst_fees', e.target.value)} />
            ))}
            {field('platform_fees', t('sales.field.platformFees'), (p) => (
              <input {...p} inputMode="decimal" value={values.platform_fees} onChange={(e) => set('platform_fees', e.target.value)} />
            ))}
            <div className="field checkbox">
              <input
                id={`${uid}-pae`}
                type="checkbox"
                checked={values.pay_after_earning}
                onChange={(e) => set('pay_after_earning', e.target.checked)}
              />
              <label htmlFor={`${uid}-pae`}>{t('sales.field.payAfterEarning')}</label>
            </div>
            {field('payment_platform', t('sales.field.paymentPlatform'), (p) => (
              <input {...p} value={values.payment_platform} onChange={(e) => set('payment_platform', e.target.value)} />
            ))}
            {field('payment_remarks', t('sales.field.paymentRemarks'), (p) => (
              <textarea {...p} rows={2} value={values.payment_remarks} onChange={(e) => set('payment_remarks', e.target.value)} />
            ))}
          </>
        ) : null}
        {values.status === 'reschedule' ? (
          <>
            {field(
              'rescheduled_date',
              t('sales.field.rescheduleDate'),
              (p) => <DateInput invalidAs="text" {...p} value={values.rescheduled_date} onChange={(value) => set('rescheduled_date', value)} />,
              true,
            )}
            {field('rescheduled_time', t('sales.field.rescheduleTime'), (p) => (
              <TimeInput invalidAs="text" {...p} value={values.rescheduled_time} onChange={(value) => set('rescheduled_time', value)} />
            ))}
          </>
        ) : null}
        {values.status === 'refunded'
          ? field(
              'refund_reason',
              t('sales.field.refundReason'),
              (p) => <textarea {...p} rows={2} value={values.refund_reason} onChange={(e) => set('refund_reason', e.target.value)} />,
              true,
            )
          : null}
        {refundsMoney ? (
          <>
            {field('refund_amount', t('cohorts.refundForm.amount'), (p) => (
              <>
                <input {...p} inputMode="decimal" value={values.refund_amount} onChange={(e) => set('refund_amount', e.target.value)} />
                <p className="field-hint">{t('cohorts.refundForm.amountHelp', { amount: money(call.cash_received) })}</p>
              </>
            ))}
            {field('refunded_on', t('cohorts.refundForm.date'), (p) => (
              <DateInput invalidAs="text" {...p} value={values.refunded_on} onChange={(value) => set('refunded_on', value)} />
            ))}
          </>
        ) : null}
        {field('next_follow_up_date', t('sales.field.nextFollowUp'), (p) => (
          <DateInput invalidAs="text" {...p} value={values.next_follow_up_date} onChange={(value) => set('next_follow_up_date', value)} />
        ))}
        {field(
          'remarks',
          t('sales.field.remarks'),
          (p) => <textarea {...p} rows={3} value={values.remarks} onChange={(e) => set('remarks', e.target.value)} />,
          remarksRequired,
        )}
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
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
