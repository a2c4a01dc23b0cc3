// Refund a student: how much goes back (default: everything received), when, and why. One rpc
// (refund_cohort_student): the refund is a ledger entry, received falls by it everywhere, the
// student and its converting call become refunded.
import { Controller } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useToast } from '@/components/toast';
import { FormField, showServerError, useZodForm } from '@/components/form';
import { DateInput } from '@/components/date-input';
import { useT } from '@/lib/i18n';
import { amountArg, formatMoney, parseAmount } from '@/domain/money';
import { batchYear } from '@/domain/input-rules';
import { formatDate, todayIn } from '@/domain/dates';
import type { RosterRow } from '../api/rows';
import { batchQuery } from '../api/get-batch';
import { useRefundStudent } from '../api/refund-student';
import { refundFormSchema } from '../forms/refund-form';
import { useOrgFormat } from '@/lib/use-org-format';
import { ActionForm } from './action-form';

type Props = { orgId: string; student: RosterRow; batchId: string; onClose: () => void };

export function RefundDialog({ orgId, student, batchId, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const { currency, locale, timezone } = useOrgFormat();
  const refund = useRefundStudent(orgId);
  const batch = useQuery(batchQuery(orgId, batchId));
  const received = student.cash_received;
  const money = (n: number) => formatMoney(n, currency, locale);
  const today = todayIn(timezone);
  const schema = refundFormSchema(received, {
    today,
    batchYear: batchYear(batch.data?.start_date, batch.data?.created_at, timezone, today),
    currency,
    formatMoney: money,
    formatDate: (iso) => formatDate(iso, timezone, locale),
  });
  const form = useZodForm(schema, { amount: amountArg(received), refunded_on: today, reason: '' });
  const name = student.lead_name ?? '';
  const amount = parseAmount(form.watch('amount'));
  const preview = amount !== null && amount <= received ? { received: received - amount, writtenOff: student.offer_amount - (received - amount) } : null;

  return (
    <ActionForm
      form={form}
      title={t('cohorts.refundTitle', { name })}
      submitLabel={t('cohorts.refund')}
      danger
      pending={refund.isPending}
      onClose={onClose}
      onValid={(args) =>
        refund.mutate(
          { ...args, p_cohort_student_id: student.id },
          {
            onSuccess: () => {
              toast.success(t('cohorts.refunded'));
              onClose();
            },
            onError: (err) => showServerError(form, err, toast),
          },
        )
      }
    >
      <p>{t('cohorts.refundWarning', { name })}</p>
      <FormField form={form} name="amount" label={t('cohorts.refundForm.amount')} hint={t('cohorts.refundForm.amountHelp', { amount: money(received) })}>
        {(p) => <input {...p} inputMode="decimal" {...form.register('amount')} />}
      </FormField>
      <FormField form={form} name="refunded_on" label={t('cohorts.refundForm.date')}>
        {(p) => <Controller control={form.control} name="refunded_on" render={({ field }) => <DateInput {...p} {...field} invalidAs="text" />} />}
      </FormField>
      <FormField form={form} name="reason" label={t('cohorts.reason')} required>
        {(p) => <textarea {...p} rows={3} {...form.register('reason')} />}
      </FormField>
      {preview ? (
        <p className="muted" aria-live="polite" data-testid="refund-preview">
          {t('cohorts.refundForm.after', { received: money(preview.received), writtenOff: money(preview.writtenOff) })}
        </p>
      ) : null}
    </ActionForm>
  );
}
