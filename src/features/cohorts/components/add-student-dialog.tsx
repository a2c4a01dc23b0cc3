// Add someone who paid offline to the batch, without a sales call: find or create the lead (email
// or phone), the offer, what was paid and when, classes access, the closer credited if any. One
// rpc (add_cohort_student) through the conversion path, so the student is like any converted one.
import { Controller } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useToast } from '@/components/toast';
import { FormField, showServerError, useZodForm } from '@/components/form';
import { DateInput } from '@/components/date-input';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { batchYear } from '@/domain/input-rules';
import { formatDate, todayIn } from '@/domain/dates';
import { batchQuery } from '../api/get-batch';
import { closersQuery } from '../api/get-closers';
import { useAddStudent } from '../api/add-student';
import { addStudentSchema, type AddStudentValues } from '../forms/add-student-form';
import { useOrgFormat } from '@/lib/use-org-format';
import { useCurrentOrg } from '@/lib/current-org';
import { ActionForm } from './action-form';

export function AddStudentDialog({ orgId, batchId, batchName, onClose }: { orgId: string; batchId: string; batchName: string; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { currency, locale, timezone } = useOrgFormat();
  const { organization } = useCurrentOrg();
  const add = useAddStudent(orgId);
  const batch = useQuery(batchQuery(orgId, batchId));
  const closers = useQuery(closersQuery(orgId));
  const today = todayIn(timezone);
  const schema = addStudentSchema({
    today,
    batchYear: batchYear(batch.data?.start_date, batch.data?.created_at, timezone, today),
    currency,
    phoneCountry: organization.phone_country ?? null,
    formatMoney: (n) => formatMoney(n, currency, locale),
    formatDate: (iso) => formatDate(iso, timezone, locale),
  });
  const form = useZodForm(schema, {
    full_name: '', email: '', phone: '', closer_id: '', offer_amount: '', cash_received: '', paid_on: today,
    classes_access: '15', next_follow_up_date: '', payment_platform: '', notes: '',
  });

  const text = (k: keyof AddStudentValues, label: string, extra: Record<string, string> = {}) => (
    <FormField form={form} name={k} label={label}>
      {(p) => <input {...p} {...extra} {...form.register(k)} />}
    </FormField>
  );
  const date = (k: 'paid_on' | 'next_follow_up_date', label: string) => (
    <FormField form={form} name={k} label={label}>
      {(p) => <Controller control={form.control} name={k} render={({ field }) => <DateInput {...p} {...field} invalidAs="text" />} />}
    </FormField>
  );

  return (
    <ActionForm
      form={form}
      title={t('cohorts.add.title', { batch: batchName })}
      submitLabel={t('cohorts.add.action')}
      pending={add.isPending}
      onClose={onClose}
      onValid={(args) =>
        add.mutate(
          { ...args, p_batch_id: batchId },
          {
            onSuccess: (out) => {
              toast.success(t(out.created ? 'cohorts.add.added' : 'cohorts.add.already', { name: out.lead.full_name }));
              onClose();
            },
            onError: (err) => showServerError(form, err, toast),
          },
        )
      }
    >
      <p className="muted">{t('cohorts.add.hint')}</p>
      {text('full_name', `${t('cohorts.add.name')} *`, { autoComplete: 'off' })}
      {text('email', t('cohorts.col.email'), { type: 'email', inputMode: 'email', autoComplete: 'off' })}
      {text('phone', t('cohorts.col.phone'), { type: 'tel', inputMode: 'tel', autoComplete: 'off' })}
      <FormField form={form} name="closer_id" label={t('cohorts.add.closer')}>
        {(p) => (
          <select {...p} {...form.register('closer_id')}>
            <option value="">{t('cohorts.add.noCloser')}</option>
            {(closers.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.full_name ?? c.id}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {text('offer_amount', `${t('sales.field.offer')} *`, { inputMode: 'decimal' })}
      {text('cash_received', t('cohorts.add.cash'), { inputMode: 'decimal', placeholder: '0' })}
      {date('paid_on', t('cohorts.add.paidOn'))}
      <FormField form={form} name="classes_access" label={t('sales.field.classes')}>
        {(p) => (
          <select {...p} {...form.register('classes_access')}>
            {Array.from({ length: 15 }, (_, i) => String(i + 1)).map((n) => (
              <option key={n} value={n}>
                {n === '15' ? t('sales.field.allClasses') : n}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {date('next_follow_up_date', t('sales.field.nextFollowUp'))}
      {text('payment_platform', t('sales.field.paymentPlatform'))}
      <FormField form={form} name="notes" label={t('cohorts.notes')}>
        {(p) => <textarea {...p} rows={2} {...form.register('notes')} />}
      </FormField>
    </ActionForm>
  );
}
