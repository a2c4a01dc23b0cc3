// Add someone who paid offline to the batch, without a sales call: find or create the lead (email
// or phone), the offer, what was paid and when, classes access, the closer credited if any. One
// rpc (add_cohort_student) through the conversion path, so the student is like any converted one.
import { useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { batchYear } from '@/domain/input-rules';
import { formatDate, todayIn } from '@/domain/dates';
import { issuesByField } from '@/features/sales-closers/forms/payment-forms';
import { batchQuery } from '../api/get-batch';
import { closersQuery } from '../api/get-closers';
import { useAddStudent } from '../api/add-student';
import { addStudentSchema, type AddStudentValues } from '../forms/add-student-form';
import { useOrgFormat } from './use-org-format';
import { ActionForm, clearFieldError, FieldError, useServerErrors } from './action-form';

export function AddStudentDialog({ orgId, batchId, batchName, onClose }: { orgId: string; batchId: string; batchName: string; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const { currency, locale, timezone } = useOrgFormat();
  const add = useAddStudent(orgId);
  const batch = useQuery(batchQuery(orgId, batchId));
  const closers = useQuery(closersQuery(orgId));
  const busy = useRef(false);
  const [v, setV] = useState<AddStudentValues>({
    full_name: '', email: '', phone: '', closer_id: '', offer_amount: '', cash_received: '', paid_on: todayIn(timezone),
    classes_access: '15', next_follow_up_date: '', payment_platform: '', notes: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useServerErrors(setErrors);
  const set = (k: keyof AddStudentValues) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  const submit = async () => {
    if (busy.current) return;
    const today = todayIn(timezone);
    const parsed = addStudentSchema({
      today,
      batchYear: batchYear(batch.data?.start_date, batch.data?.created_at, timezone, today),
      currency,
      formatMoney: (n) => formatMoney(n, currency, locale),
      formatDate: (iso) => formatDate(iso, locale),
    }).safeParse(v);
    if (!parsed.success) return setErrors(issuesByField(parsed.error));
    setErrors({});
    busy.current = true;
    try {
      const out = await add.mutateAsync({ ...parsed.data, p_batch_id: batchId });
      toast.success(t(out.created ? 'cohorts.add.added' : 'cohorts.add.already', { name: out.lead.full_name }));
      onClose();
    } catch (err) {
      onError(err);
    } finally {
      busy.current = false;
    }
  };

  const text = (k: keyof AddStudentValues, label: string, extra: Record<string, string> = {}) => (
    <div className="field">
      <label htmlFor={`${uid}-${k}`}>{label}</label>
      <input id={`${uid}-${k}`} value={v[k]} aria-invalid={Boolean(errors[k])} aria-describedby={`${uid}-${k}-error`} onChange={set(k)} {...extra} />
      <FieldError id={`${uid}-${k}-error`} message={errors[k]} />
    </div>
  );

  return (
    <ActionForm
      onFieldChange={clearFieldError(setErrors)}
      title={t('cohorts.add.title', { batch: batchName })}
      submitLabel={t('cohorts.add.action')}
      pending={add.isPending}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <p className="muted">{t('cohorts.add.hint')}</p>
      <FieldError id={`${uid}-batch_id-error`} message={errors.batch_id} />
      {text('full_name', `${t('cohorts.add.name')} *`, { autoComplete: 'off' })}
      {text('email', t('cohorts.col.email'), { type: 'email', inputMode: 'email', autoComplete: 'off' })}
      {text('phone', t('cohorts.col.phone'), { type: 'tel', inputMode: 'tel', autoComplete: 'off' })}
      <div className="field">
        <label htmlFor={`${uid}-closer_id`}>{t('cohorts.add.closer')}</label>
        <select id={`${uid}-closer_id`} value={v.closer_id} aria-invalid={Boolean(errors.closer_id)} onChange={set('closer_id')}>
          <option value="">{t('cohorts.add.noCloser')}</option>
          {(closers.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.full_name ?? c.id}
            </option>
          ))}
        </select>
        <FieldError id={`${uid}-closer_id-error`} message={errors.closer_id} />
      </div>
      {text('offer_amount', `${t('sales.field.offer')} *`, { inputMode: 'decimal' })}
      {text('cash_received', t('cohorts.add.cash'), { inputMode: 'decimal', placeholder: '0' })}
      {text('paid_on', t('cohorts.add.paidOn'), { type: 'date', max: todayIn(timezone) })}
      <div className="field">
        <label htmlFor={`${uid}-classes_access`}>{t('sales.field.classes')}</label>
        <select id={`${uid}-classes_access`} value={v.classes_access} aria-invalid={Boolean(errors.classes_access)} onChange={set('classes_access')}>
          {Array.from({ length: 15 }, (_, i) => String(i + 1)).map((n) => (
            <option key={n} value={n}>
              {n === '15' ? t('sales.field.allClasses') : n}
            </option>
          ))}
        </select>
        <FieldError id={`${uid}-classes_access-error`} message={errors.classes_access} />
      </div>
      {text('next_follow_up_date', t('sales.field.nextFollowUp'), { type: 'date', min: todayIn(timezone) })}
      {text('payment_platform', t('sales.field.paymentPlatform'))}
      <div className="field">
        <label htmlFor={`${uid}-notes`}>{t('cohorts.notes')}</label>
        <textarea id={`${uid}-notes`} rows={2} value={v.notes} aria-invalid={Boolean(errors.notes)} onChange={set('notes')} />
        <FieldError id={`${uid}-notes-error`} message={errors.notes} />
      </div>
    </ActionForm>
  );
}
