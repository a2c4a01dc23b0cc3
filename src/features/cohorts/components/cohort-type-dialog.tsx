import { z } from 'zod';
import { cleanText } from '@/domain/input-rules';
import { useToast } from '@/components/toast';
import { FormField, showServerError, useZodForm } from '@/components/form';
import { useT } from '@/lib/i18n';
import { ActionForm } from './action-form';
import { useSaveCohortType, type SaveCohortTypeArgs } from '../api/save-cohort-type';

const schema = z
  .object({ name: z.string().transform(cleanText).pipe(z.string().min(1, 'cohorts.form.nameRequired').max(200, 'cohorts.form.tooLong')), description: z.string().max(2000, 'cohorts.form.tooLong') })
  .transform((v): Omit<SaveCohortTypeArgs, 'p_organization_id' | 'p_id'> => ({ p_name: v.name, p_description: cleanText(v.description) || undefined }));

export function CohortTypeDialog(props: { orgId: string; type?: { id: string; name: string; description: string | null }; onClose: () => void }) {
  const { orgId, type, onClose } = props;
  const t = useT();
  const toast = useToast();
  const save = useSaveCohortType(orgId);
  const form = useZodForm(schema, { name: type?.name ?? '', description: type?.description ?? '' });
  return (
    <ActionForm
      form={form}
      edit={Boolean(type)}
      title={type ? t('cohorts.editType') : t('cohorts.addType')}
      submitLabel={t('common.save')}
      pending={save.isPending}
      onClose={onClose}
      onValid={(args) =>
        save.mutate(
          { ...args, p_organization_id: orgId, p_id: type?.id },
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
      <FormField form={form} name="description" label={t('cohorts.description')}>
        {(p) => <textarea {...p} rows={3} {...form.register('description')} />}
      </FormField>
    </ActionForm>
  );
}
