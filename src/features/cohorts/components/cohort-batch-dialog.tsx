import { z } from 'zod';
import { Controller } from 'react-hook-form';
import { cleanText, isBatchDate } from '@/domain/input-rules';
import { useToast } from '@/components/toast';
import { FormField, showServerError, useZodForm } from '@/components/form';
import { DateInput } from '@/components/date-input';
import { useT } from '@/lib/i18n';
import { ActionForm } from './action-form';
import { COHORT_BATCH_STATUSES } from '@/domain/statuses';
import { COHORT_BATCH_STATUS_LABELS } from '@/domain/labels';
import { useSaveCohortBatch, type SaveCohortBatchArgs } from '../api/save-cohort-batch';
import { useOrgFormat } from '@/lib/use-org-format';

const batchDate = z.string().refine((v) => v === '' || isBatchDate(v), 'cohorts.form.batchDateRange');

/** The batch form: name, status, and start/end dates within 2000-01-01..2100-12-31, end not before start. */
export const cohortBatchFormSchema = z
  .object({
    name: z.string().transform(cleanText).pipe(z.string().min(1, 'cohorts.form.nameRequired').max(200, 'cohorts.form.tooLong')),
    status: z.enum(COHORT_BATCH_STATUSES),
    start_date: batchDate,
    end_date: batchDate,
  })
  .refine((v) => !v.start_date || !v.end_date || v.end_date >= v.start_date, { path: ['end_date'], message: 'cohorts.form.endBeforeStart' })
  .transform((v): Omit<SaveCohortBatchArgs, 'p_organization_id' | 'p_cohort_type_id' | 'p_id'> => ({
    p_name: v.name,
    p_status: v.status,
    p_start_date: v.start_date || undefined,
    p_end_date: v.end_date || undefined,
  }));

type Batch = { id: string; name: string; status: string; start_date: string | null; end_date: string | null };

const asStatus = (s: string | undefined) => COHORT_BATCH_STATUSES.find((x) => x === s) ?? 'planned';

export function CohortBatchDialog(props: { orgId: string; cohortTypeId: string; typeName: string; batch?: Batch; onClose: () => void }) {
  const { orgId, cohortTypeId, typeName, batch, onClose } = props;
  const t = useT();
  const toast = useToast();
  const { locale } = useOrgFormat();
  const save = useSaveCohortBatch(orgId);
  const form = useZodForm(cohortBatchFormSchema, { name: batch?.name ?? '', status: asStatus(batch?.status), start_date: batch?.start_date ?? '', end_date: batch?.end_date ?? '' });
  return (
    <ActionForm
      form={form}
      edit={Boolean(batch)}
      title={batch ? t('cohorts.editBatchOf', { type: typeName }) : t('cohorts.addBatchTo', { type: typeName })}
      submitLabel={t('common.save')}
      pending={save.isPending}
      onClose={onClose}
      onValid={(args) =>
        save.mutate(
          { ...args, p_organization_id: orgId, p_cohort_type_id: cohortTypeId, p_id: batch?.id },
          {
            onSuccess: () => {
              toast.success(t('cohorts.saved'));
              onClose();
            },
            onError: (err) => showServerError(form, err, toast),
          },
        )
      }
    >
      <FormField form={form} name="name" label={t('cohorts.name')}>
        {(p) => <input {...p} {...form.register('name')} />}
      </FormField>
      <FormField form={form} name="status" label={t('cohorts.status')}>
        {(p) => (
          <select {...p} {...form.register('status')}>
            {COHORT_BATCH_STATUSES.map((s) => (
              <option key={s} value={s}>
                {COHORT_BATCH_STATUS_LABELS[locale][s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField form={form} name="start_date" label={t('cohorts.startDate')}>
        {(p) => <Controller control={form.control} name="start_date" render={({ field }) => <DateInput {...p} {...field} invalidAs="text" />} />}
      </FormField>
      <FormField form={form} name="end_date" label={t('cohorts.endDate')}>
        {(p) => <Controller control={form.control} name="end_date" render={({ field }) => <DateInput {...p} {...field} invalidAs="text" />} />}
      </FormField>
    </ActionForm>
  );
}
