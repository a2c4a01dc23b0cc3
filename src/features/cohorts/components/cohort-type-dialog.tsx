import { useId, useState } from 'react';
import { z } from 'zod';
import { cleanText } from '@/domain/input-rules';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { ActionForm, clearFieldError, FieldError, useServerErrors } from './action-form';
import { useSaveCohortType, type SaveCohortTypeArgs } from '../api/save-cohort-type';

const schema = z
  .object({ name: z.string().transform(cleanText).pipe(z.string().min(1, 'cohorts.form.nameRequired').max(200, 'cohorts.form.tooLong')), description: z.string().max(2000, 'cohorts.form.tooLong') })
  .transform((v): Omit<SaveCohortTypeArgs, 'p_organization_id' | 'p_id'> => ({ p_name: v.name, p_description: cleanText(v.description) || undefined }));

export function CohortTypeDialog(props: { orgId: string; type?: { id: string; name: string; description: string | null }; onClose: () => void }) {
  const { orgId, type, onClose } = props;
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const save = useSaveCohortType(orgId);
  const [v, setV] = useState({ name: type?.name ?? '', description: type?.description ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useServerErrors(setErrors);
  const submit = () => {
    if (save.isPending) return;
    const parsed = schema.safeParse(v);
    if (!parsed.success) {
      const e: Record<string, string> = {};
      for (const i of parsed.error.issues) e[String(i.path[0])] ??= i.message;
      return setErrors(e);
    }
    save.mutate(
      { ...parsed.data, p_organization_id: orgId, p_id: type?.id },
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
    <ActionForm onFieldChange={clearFieldError(setErrors)} title={type ? t('cohorts.editType') : t('cohorts.addType')} submitLabel={t('common.save')} pending={save.isPending} onClose={onClose} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${uid}-name`}>{t('cohorts.name')}</label>
        <input id={`${uid}-name`} value={v.name} aria-invalid={Boolean(errors.name)} onChange={(e) => setV({ ...v, name: e.target.value })} />
        <FieldError id={`${uid}-name-error`} message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-description`}>{t('cohorts.description')}</label>
        <textarea id={`${uid}-description`} rows={3} value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} />
        <FieldError id={`${uid}-description-error`} message={errors.description} />
      </div>
    </ActionForm>
  );
}
