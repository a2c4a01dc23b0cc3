// Row actions of the roster. Each is one rpc; the roster, totals and the closers' views are
// invalidated after it (the student and the ledger are the same rows there).
import { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import { useToast } from '@/components/toast';
import { FormField, showServerError, useZodForm } from '@/components/form';
import { PaymentFields } from '@/components/payment-fields';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { batchYear, cleanText, isBlankText } from '@/domain/input-rules';
import { moveFormSchema, paymentFormSchema } from '@/lib/students/payment-forms';
import { formatDate, todayIn } from '@/domain/dates';
import type { RosterRow } from '../api/rows';
import { batchOptionsQuery, batchQuery } from '../api/get-batch';
import { useRecordPayment } from '@/lib/students/record-payment';
import { useSetStudentNotes } from '../api/set-student-notes';
import { useDiscontinueStudent } from '../api/discontinue-student';
import { useMoveStudent } from '@/lib/students/move-student';
import { useOrgFormat } from '@/lib/use-org-format';
import { ActionForm } from './action-form';

export type StudentAction = 'payment' | 'notes' | 'refund' | 'discontinue' | 'move';

type Props = { orgId: string; student: RosterRow; batchId: string; onClose: () => void };

export function RecordPaymentDialog({ orgId, student, batchId, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const { currency, locale, timezone } = useOrgFormat();
  const record = useRecordPayment(orgId);
  const due = student.due_amount ?? student.offer_amount - student.cash_received;
  const batch = useQuery(batchQuery(orgId, batchId));
  const today = todayIn(timezone);
  // The same schema and ranges as the closer's EMI dialog (and the database).
  const schema = paymentFormSchema(due, {
    today,
    batchYear: batchYear(batch.data?.start_date, batch.data?.created_at, timezone, today),
    currency,
    formatMoney: (n) => formatMoney(n, currency, locale),
    formatDate: (iso) => formatDate(iso, timezone, locale),
  });
  const form = useZodForm(schema, { amount: '', paid_on: today, payment_platform: '', remarks: '' });
  return (
    <ActionForm
      form={form}
      title={t('cohorts.recordPaymentFor', { name: student.lead_name ?? '' })}
      submitLabel={t('sales.emi.addPayment')}
      pending={record.isPending}
      onClose={onClose}
      onValid={(args) =>
        record.mutate(
          { ...args, p_cohort_student_id: student.id },
          {
            onSuccess: () => {
              toast.success(t('sales.emi.paymentRecorded'));
              onClose();
            },
            onError: (err) => showServerError(form, err, toast),
          },
        )
      }
    >
      <p className="muted">
        {t('sales.field.due')}: {formatMoney(due, currency, locale)}
      </p>
      <PaymentFields form={form} />
    </ActionForm>
  );
}

const notesSchema = z.object({ notes: z.string().max(4000, 'cohorts.form.tooLong') });

export function NotesDialog({ orgId, student, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const save = useSetStudentNotes(orgId);
  const form = useZodForm(notesSchema, { notes: student.notes ?? '' });
  return (
    <ActionForm
      form={form}
      edit
      title={t('cohorts.notesFor', { name: student.lead_name ?? '' })}
      submitLabel={t('common.save')}
      pending={save.isPending}
      onClose={onClose}
      onValid={({ notes }) =>
        save.mutate(
          { p_cohort_student_id: student.id, p_notes: notes },
          {
            onSuccess: () => {
              toast.success(t('cohorts.notesSaved'));
              onClose();
            },
            onError: (err) => showServerError(form, err, toast),
          },
        )
      }
    >
      <FormField form={form} name="notes" label={t('cohorts.notes')}>
        {(p) => <textarea {...p} rows={5} {...form.register('notes')} />}
      </FormField>
    </ActionForm>
  );
}

const reasonSchema = z.object({
  reason: z
    .string()
    .refine((s) => !isBlankText(s), 'cohorts.form.reasonRequired')
    .refine((s) => cleanText(s).length <= 2000, 'cohorts.form.tooLong')
    .transform(cleanText),
});

export function DiscontinueDialog({ orgId, student, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const m = useDiscontinueStudent(orgId);
  const form = useZodForm(reasonSchema, { reason: '' });
  const name = student.lead_name ?? '';
  return (
    <ActionForm
      form={form}
      title={t('cohorts.discontinueTitle', { name })}
      submitLabel={t('cohorts.discontinue')}
      danger
      pending={m.isPending}
      onClose={onClose}
      onValid={({ reason }) =>
        m.mutate(
          { p_cohort_student_id: student.id, p_reason: reason },
          {
            onSuccess: () => {
              toast.success(t('cohorts.discontinued'));
              onClose();
            },
            onError: (err) => showServerError(form, err, toast),
          },
        )
      }
    >
      <p>{t('cohorts.discontinueWarning', { name })}</p>
      <FormField form={form} name="reason" label={t('cohorts.reason')} required>
        {(p) => <textarea {...p} rows={3} {...form.register('reason')} />}
      </FormField>
    </ActionForm>
  );
}

// The refund dialog (amount, date, reason) is refund-dialog.tsx.

export function MoveDialog({ orgId, student, batchId, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const options = useQuery(batchOptionsQuery(orgId));
  const move = useMoveStudent(orgId);
  // The same schema as the closer's move (and the database's checks).
  const form = useZodForm(moveFormSchema, { to_batch_id: '', classes_access: student.classes_access != null ? String(student.classes_access) : '' });
  return (
    <ActionForm
      form={form}
      title={t('cohorts.moveTitle', { name: student.lead_name ?? '' })}
      submitLabel={t('cohorts.move')}
      pending={move.isPending}
      onClose={onClose}
      onValid={(args) =>
        move.mutate(
          { ...args, p_cohort_student_id: student.id },
          {
            onSuccess: () => {
              toast.success(t('sales.emi.moved'));
              onClose();
            },
            onError: (err) => showServerError(form, err, toast),
          },
        )
      }
    >
      <FormField form={form} name="to_batch_id" label={t('cohorts.toBatch')}>
        {(p) => (
          <select {...p} {...form.register('to_batch_id')}>
            <option value="">{t('sales.field.chooseBatch')}</option>
            {(options.data ?? [])
              .filter((b) => b.id !== batchId)
              .map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
          </select>
        )}
      </FormField>
      <FormField form={form} name="classes_access" label={t('sales.field.classes')}>
        {(p) => (
          <select {...p} {...form.register('classes_access')}>
            <option value="">{t('sales.field.chooseClasses')}</option>
            {Array.from({ length: 15 }, (_, i) => String(i + 1)).map((n) => (
              <option key={n} value={n}>
                {n === '15' ? t('sales.field.allClasses') : n}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </ActionForm>
  );
}
