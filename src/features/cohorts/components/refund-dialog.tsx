// Refund a student: how much goes back (default: everything received), when, and why. One rpc
// (refund_cohort_student): the refund is a ledger entry, received falls by it everywhere, the
// student and its converting call become refunded.
import { useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { amountArg, formatMoney } from '@/domain/money';
import { batchYear } from '@/domain/input-rules';
import { formatDate, todayIn } from '@/domain/dates';
import { issuesByField } from '@/features/sales-closers/forms/payment-forms';
import { parseAmount } from '@/features/sales-closers/forms/update-call-form';
import type { RosterRow } from '../api/rows';
import { batchQuery } from '../api/get-batch';
import { useRefundStudent } from '../api/refund-student';
import { refundFormSchema, type RefundFormValues } from '../forms/refund-form';
import { useOrgFormat } from './use-org-format';
import { ActionForm, clearFieldError, FieldError, useServerErrors } from './action-form';

type Props = { orgId: string; student: RosterRow; batchId: string; onClose: () => void };

export function RefundDialog({ orgId, student, batchId, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const { currency, locale, timezone } = useOrgFormat();
  const refund = useRefundStudent(orgId);
  const batch = useQuery(batchQuery(orgId, batchId));
  const busy = useRef(false);
  const received = student.cash_received;
  const money = (n: number) => formatMoney(n, currency, locale);
  const [v, setV] = useState<RefundFormValues>({ amount: amountArg(received), refunded_on: todayIn(timezone), reason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useServerErrors(setErrors);
  const name = student.lead_name ?? '';
  const amount = parseAmount(v.amount);
  const preview = amount !== null && amount <= received ? { received: received - amount, writtenOff: student.offer_amount - (received - amount) } : null;

  const submit = async () => {
    if (busy.current) return;
    const today = todayIn(timezone);
    const parsed = refundFormSchema(received, {
      today,
      batchYear: batchYear(batch.data?.start_date, batch.data?.created_at, timezone, today),
      currency,
      formatMoney: money,
      formatDate: (iso) => formatDate(iso, locale),
    }).safeParse(v);
    if (!parsed.success) return setErrors(issuesByField(parsed.error));
    setErrors({});
    busy.current = true;
    try {
      await refund.mutateAsync({ ...parsed.data, p_cohort_student_id: student.id });
      toast.success(t('cohorts.refunded'));
      onClose();
    } catch (err) {
      onError(err);
    } finally {
      busy.current = false;
    }
  };

  return (
    <ActionForm
      onFieldChange={clearFieldError(setErrors)}
      title={t('cohorts.refundTitle', { name })}
      submitLabel={t('cohorts.refund')}
      danger
      pending={refund.isPending}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <p>{t('cohorts.refundWarning', { name })}</p>
      <div className="field">
        <label htmlFor={`${uid}-amount`}>{t('cohorts.refundForm.amount')}</label>
        <input id={`${uid}-amount`} inputMode="decimal" value={v.amount} aria-invalid={Boolean(errors.amount)} aria-describedby={`${uid}-amount-help ${uid}-amount-error`} onChange={(e) => setV({ ...v, amount: e.target.value })} />
        <p id={`${uid}-amount-help`} className="muted small">{t('cohorts.refundForm.amountHelp', { amount: money(received) })}</p>
        <FieldError id={`${uid}-amount-error`} message={errors.amount} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-refunded_on`}>{t('cohorts.refundForm.date')}</label>
        <input id={`${uid}-refunded_on`} type="date" value={v.refunded_on} max={todayIn(timezone)} aria-invalid={Boolean(errors.refunded_on)} aria-describedby={`${uid}-refunded_on-error`} onChange={(e) => setV({ ...v, refunded_on: e.target.value })} />
        <FieldError id={`${uid}-refunded_on-error`} message={errors.refunded_on} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-reason`}>{t('cohorts.reason')} *</label>
        <textarea id={`${uid}-reason`} rows={3} value={v.reason} aria-invalid={Boolean(errors.reason)} aria-describedby={`${uid}-reason-error`} onChange={(e) => setV({ ...v, reason: e.target.value })} />
        <FieldError id={`${uid}-reason-error`} message={errors.reason} />
      </div>
      {preview ? (
        <p className="muted" aria-live="polite" data-testid="refund-preview">
          {t('cohorts.refundForm.after', { received: money(preview.received), writtenOff: money(preview.writtenOff) })}
        </p>
      ) : null}
    </ActionForm>
  );
}
