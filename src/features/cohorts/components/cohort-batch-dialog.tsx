import { useId, useState } from 'react';
import { z } from 'zod';
import { BATCH_DATE_MAX, BATCH_DATE_MIN, cleanText, isBatchDate } from '@/domain/input-rules';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { ActionForm, clearFieldError, FieldError, useServerErrors } from './action-form';
import { COHORT_BATCH_STATUSES } from '@/domain/statuses';
import { COHORT_BATCH_STATUS_LABELS } from '@/domain/labels';
import { useSaveCohortBatch, type SaveCohortBatchArgs } from '../api/save-cohort-batch';
import { useOrgFormat } from './use-org-format';

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

export function CohortBatchDialog(props: { orgId: string; cohortTypeId: string; typeName: string; batch?: Batch; onClose: () => void }) {
  const { orgId, cohortTypeId, typeName, batch, onClose } = props;
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const { locale } = useOrgFormat();
  const save = useSaveCohortBatch(orgId);
  const [v, setV] = useState({ name: batch?.name ?? '', status: batch?.status ?? 'planned', start_date: batch?.start_date ?? '', end_date: batch?.end_date ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useServerErrors(setErrors);
  const submit = () => {
    if (save.isPending) return;
    const parsed = cohortBatchFormSchema.safeParse(v);
    if (!parsed.success) {
      const e: Record<string, string> = {};
      for (const i of parsed.error.issues) e[String(i.path[0])] ??= i.message;
      return setErrors(e);
    }
    save.mutate(
      { ...parsed.data, p_organization_id: orgId, p_cohort_type_id: cohortTypeId, p_id: batch?.id },
      {
        onSuccess: () => {
          toast.success(t('cohorts.saved'));
          onClose();
        },
        onError,
      },
    );
  };
  return (
    <ActionForm onFieldChange={clearFieldError(setErrors)} title={batch ? t('cohorts.editBatchOf', { type: typeName }) : t('cohorts.addBatchTo', { type: typeName })} submitLabel={t('common.save')} pending={save.isPending} onClose={onClose} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${uid}-name`}>{t('cohorts.name')}</label>
        <input id={`${uid}-name`} value={v.name} aria-invalid={Boolean(errors.name)} onChange={(e) => setV({ ...v, name: e.target.value })} />
        <FieldError id={`${uid}-name-error`} message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-status`}>{t('cohorts.status')}</label>
        <select id={`${uid}-status`} value={v.status} onChange={(e) => setV({ ...v, status: e.target.value })}>
          {COHORT_BATCH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {COHORT_BATCH_STATUS_LABELS[locale][s]}
            </option>
          ))}
        </select>
        <FieldError id={`${uid}-status-error`} message={errors.status} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-start`}>{t('cohorts.startDate')}</label>
        <input id={`${uid}-start`} type="date" min={BATCH_DATE_MIN} max={BATCH_DATE_MAX} value={v.start_date} aria-invalid={Boolean(errors.start_date)} onChange={(e) => setV({ ...v, start_date: e.target.value })} />
        <FieldError id={`${uid}-start_date-error`} message={errors.start_date} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-end`}>{t('cohorts.endDate')}</label>
        <input id={`${uid}-end`} type="date" min={BATCH_DATE_MIN} max={BATCH_DATE_MAX} value={v.end_date} aria-invalid={Boolean(errors.end_date)} onChange={(e) => setV({ ...v, end_date: e.target.value })} />
        <FieldError id={`${uid}-end_date-error`} message={errors.end_date} />
      </div>
    </ActionForm>
  );
}
