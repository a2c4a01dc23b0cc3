// Row actions of the roster. Each is one rpc; the roster, totals and the closers' views are
// invalidated after it (the student and the ledger are the same rows there).
import { useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { batchYear, cleanText, isBlankText } from '@/domain/input-rules';
import { issuesByField, paymentFormSchema } from '@/features/sales-closers/forms/payment-forms';
import { formatDate, todayIn } from '@/domain/dates';
import type { RosterRow } from '../api/rows';
import { batchOptionsQuery, batchQuery } from '../api/get-batch';
import { useRecordPayment } from '../api/record-payment';
import { useSetStudentNotes } from '../api/set-student-notes';
import { useDiscontinueStudent } from '../api/discontinue-student';
import { useMoveStudent } from '../api/move-student';
import { useOrgFormat } from './use-org-format';
import { ActionForm, clearFieldError, FieldError, useServerErrors } from './action-form';

export type StudentAction = 'payment' | 'notes' | 'refund' | 'discontinue' | 'move';

type Props = { orgId: string; student: RosterRow; batchId: string; onClose: () => void };


export function RecordPaymentDialog({ orgId, student, batchId, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const { currency, locale, timezone } = useOrgFormat();
  const record = useRecordPayment(orgId);
  const busy = useRef(false);
  const due = student.due_amount ?? student.offer_amount - student.cash_received;
  const [v, setV] = useState({ amount: '', paid_on: todayIn(timezone), platform: '', remarks: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useServerErrors(setErrors);
  const batch = useQuery(batchQuery(orgId, batchId));
  const submit = async () => {
    if (busy.current) return;
    const today = todayIn(timezone);
    // The same schema and ranges as the closer's EMI dialog (and the database).
    const parsed = paymentFormSchema(due, {
      today,
      batchYear: batchYear(batch.data?.start_date, batch.data?.created_at, timezone, today),
      currency,
      formatMoney: (n) => formatMoney(n, currency, locale),
      formatDate: (iso) => formatDate(iso, locale),
    }).safeParse({ amount: v.amount, paid_on: v.paid_on, payment_platform: v.platform, remarks: v.remarks });
    if (!parsed.success) return setErrors(issuesByField(parsed.error));
    setErrors({});
    busy.current = true;
    try {
      await record.mutateAsync({ ...parsed.data, p_cohort_student_id: student.id });
      toast.success(t('sales.emi.paymentRecorded'));
      onClose();
    } catch (err) {
      onError(err);
    } finally {
      busy.current = false;
    }
  };
  return (
    <ActionForm onFieldChange={clearFieldError(setErrors)} title={t('cohorts.recordPaymentFor', { name: student.lead_name ?? '' })} submitLabel={t('sales.emi.addPayment')} pending={record.isPending} onClose={onClose} onSubmit={() => void submit()}>
      <p className="muted">
        {t('sales.field.due')}: {formatMoney(due, currency, locale)}
      </p>
      <div className="field">
        <label htmlFor={`${uid}-amount`}>{t('sales.emi.amount')}</label>
        <input id={`${uid}-amount`} inputMode="decimal" value={v.amount} aria-invalid={Boolean(errors.amount)} aria-describedby={`${uid}-amount-error`} onChange={(e) => setV({ ...v, amount: e.target.value })} />
        <FieldError id={`${uid}-amount-error`} message={errors.amount} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-paid_on`}>{t('sales.emi.paidOn')}</label>
        <input id={`${uid}-paid_on`} type="date" value={v.paid_on} aria-invalid={Boolean(errors.paid_on)} onChange={(e) => setV({ ...v, paid_on: e.target.value })} />
        <FieldError id={`${uid}-paid_on-error`} message={errors.paid_on} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-platform`}>{t('sales.field.paymentPlatform')}</label>
        <input id={`${uid}-platform`} value={v.platform} onChange={(e) => setV({ ...v, platform: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-remarks`}>{t('sales.emi.remarks')}</label>
        <input id={`${uid}-remarks`} value={v.remarks} onChange={(e) => setV({ ...v, remarks: e.target.value })} />
      </div>
    </ActionForm>
  );
}

export function NotesDialog({ orgId, student, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const save = useSetStudentNotes(orgId);
  const [notes, setNotes] = useState(student.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useServerErrors(setErrors);
  const submit = () => {
    if (notes.length > 4000) return setErrors({ notes: 'cohorts.form.tooLong' });
    save.mutate(
      { p_cohort_student_id: student.id, p_notes: notes },
      {
        onSuccess: () => {
          toast.success(t('cohorts.notesSaved'));
          onClose();
        },
        onError,
      },
    );
  };
  return (
    <ActionForm onFieldChange={clearFieldError(setErrors)} title={t('cohorts.notesFor', { name: student.lead_name ?? '' })} submitLabel={t('common.save')} pending={save.isPending} onClose={onClose} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${uid}-notes`}>{t('cohorts.notes')}</label>
        <textarea id={`${uid}-notes`} rows={5} value={notes} aria-invalid={Boolean(errors.notes)} onChange={(e) => setNotes(e.target.value)} />
        <FieldError id={`${uid}-notes-error`} message={errors.notes} />
      </div>
    </ActionForm>
  );
}

export function DiscontinueDialog(props: Props) {
  const { orgId, student, onClose } = props;
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const m = useDiscontinueStudent(orgId);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useServerErrors(setErrors);
  const submit = () => {
    if (isBlankText(reason)) return setErrors({ reason: 'cohorts.form.reasonRequired' });
    if (cleanText(reason).length > 2000) return setErrors({ reason: 'cohorts.form.tooLong' });
    m.mutate(
      { p_cohort_student_id: student.id, p_reason: cleanText(reason) },
      {
        onSuccess: () => {
          toast.success(t('cohorts.discontinued'));
          onClose();
        },
        onError,
      },
    );
  };
  const name = student.lead_name ?? '';
  return (
    <ActionForm
      title={t('cohorts.discontinueTitle', { name })}
      submitLabel={t('cohorts.discontinue')}
      danger
      pending={m.isPending}
      onClose={onClose}
      onSubmit={submit}
    >
      <p>{t('cohorts.discontinueWarning', { name })}</p>
      <div className="field">
        <label htmlFor={`${uid}-reason`}>{t('cohorts.reason')} *</label>
        <textarea id={`${uid}-reason`} rows={3} value={reason} aria-invalid={Boolean(errors.reason)} aria-describedby={`${uid}-reason-error`} onChange={(e) => setReason(e.target.value)} />
        <FieldError id={`${uid}-reason-error`} message={errors.reason} />
      </div>
    </ActionForm>
  );
}

// The refund dialog (amount, date, reason) is refund-dialog.tsx.

export function MoveDialog({ orgId, student, batchId, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const uid = useId();
  const options = useQuery(batchOptionsQuery(orgId));
  const move = useMoveStudent(orgId);
  const [to, setTo] = useState('');
  const [classes, setClasses] = useState(student.classes_access != null ? String(student.classes_access) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = useServerErrors(setErrors);
  const submit = () => {
    const e: Record<string, string> = {};
    if (!to) e.to_batch_id = 'sales.form.batchRequired';
    const c = Number(classes);
    if (!Number.isInteger(c) || c < 1 || c > 15) e.classes_access = 'sales.form.classesRequired';
    setErrors(e);
    if (Object.keys(e).length) return;
    move.mutate(
      { p_cohort_student_id: student.id, p_to_batch_id: to, p_classes_access: String(c) },
      {
        onSuccess: () => {
          toast.success(t('sales.emi.moved'));
          onClose();
        },
        onError,
      },
    );
  };
  return (
    <ActionForm onFieldChange={clearFieldError(setErrors)} title={t('cohorts.moveTitle', { name: student.lead_name ?? '' })} submitLabel={t('cohorts.move')} pending={move.isPending} onClose={onClose} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${uid}-to`}>{t('cohorts.toBatch')}</label>
        <select id={`${uid}-to`} value={to} aria-invalid={Boolean(errors.to_batch_id)} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t('sales.field.chooseBatch')}</option>
          {(options.data ?? [])
            .filter((b) => b.id !== batchId)
            .map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
        </select>
        <FieldError id={`${uid}-to-error`} message={errors.to_batch_id} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-classes`}>{t('sales.field.classes')}</label>
        <select id={`${uid}-classes`} value={classes} onChange={(e) => setClasses(e.target.value)}>
          <option value="">{t('sales.field.chooseClasses')}</option>
          {Array.from({ length: 15 }, (_, i) => String(i + 1)).map((n) => (
            <option key={n} value={n}>
              {n === '15' ? t('sales.field.allClasses') : n}
            </option>
          ))}
        </select>
        <FieldError id={`${uid}-classes-error`} message={errors.classes_access} />
      </div>
    </ActionForm>
  );
}
