import { Controller, type UseFormReturn } from 'react-hook-form';
import { useT } from '@/lib/i18n';
import type { PaymentFormValues } from '@/lib/students/payment-forms';
import { DateInput } from './date-input';
import { FormField } from './form';

/**
 * A payment's four fields on the form layer (amount, date, platform, remarks), as every payment
 * form shows them: record a payment, edit one in the history, and Update EMI's record and edit.
 */
export function PaymentFields<TOut>({ form }: { form: UseFormReturn<PaymentFormValues, unknown, TOut> }) {
  const t = useT();
  return (
    <>
      <FormField form={form} name="amount" label={t('sales.emi.amount')}>
        {(p) => <input {...p} inputMode="decimal" {...form.register('amount')} />}
      </FormField>
      <FormField form={form} name="paid_on" label={t('sales.emi.paidOn')}>
        {(p) => <Controller control={form.control} name="paid_on" render={({ field }) => <DateInput {...p} {...field} invalidAs="text" />} />}
      </FormField>
      <FormField form={form} name="payment_platform" label={t('sales.field.paymentPlatform')}>
        {(p) => <input {...p} {...form.register('payment_platform')} />}
      </FormField>
      <FormField form={form} name="remarks" label={t('sales.emi.remarks')}>
        {(p) => <input {...p} {...form.register('remarks')} />}
      </FormField>
    </>
  );
}
