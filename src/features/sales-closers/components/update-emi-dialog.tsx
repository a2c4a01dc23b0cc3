import { useState } from 'react';
import { FormField, showServerError, useZodForm } from '@/components/form';
import { PaymentFields } from '@/components/payment-fields';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { useToast } from '@/components/toast';
import { useT } from '@/lib/i18n';
import { toUserError } from '@/lib/errors';
import { formatMoney } from '@/domain/money';
import { LEDGER_ENTRY_KIND_LABELS, labelOf } from '@/domain/labels';
import { formatDate, todayIn } from '@/domain/dates';
import { batchYear } from '@/domain/input-rules';
import type { CloserCallRow } from '../api/rows';
import type { PaymentRow } from '@/lib/students/rows';
import { studentLedgerQuery, type StudentLedger } from '../api/get-student-ledger';
import { activeBatchesQuery } from '../api/get-active-batches';
import { useRecordPayment } from '@/lib/students/record-payment';
import { useUpdatePayment } from '@/lib/students/update-payment';
import { useDeletePayment } from '@/lib/students/delete-payment';
import { useChangeOffer } from '@/lib/students/change-offer';
import { useMoveStudent } from '@/lib/students/move-student';
import { moveFormSchema, offerFormSchema, paymentFormSchema } from '@/lib/students/payment-forms';
import { useOrgFormat } from '@/lib/use-org-format';

type Props = { orgId: string; call: CloserCallRow; onClose: () => void };

/**
 * The student's money as the cohort roster sees it: the same row, the same ledger. Every change
 * is one rpc; the student's figures shown come from the database after each write.
 */
export function UpdateEmiDialog({ orgId, call, onClose }: Props) {
  const t = useT();
  const ledger = useQuery(studentLedgerQuery(orgId, call));
  return (
    <Dialog open size="large" onClose={onClose} title={t('sales.emi.title', { name: call.lead_name ?? '' })}>
      {ledger.isLoading ? (
        <p role="status">{t('common.loading')}</p>
      ) : ledger.isError ? (
        <p role="alert">{toUserError(ledger.error).message}</p>
      ) : !ledger.data ? (
        <p>{t('sales.emi.noStudent')}</p>
      ) : (
        <EmiBody orgId={orgId} ledger={ledger.data} />
      )}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * Offer, cash and due as the database states them (due_amount is generated: 0 for a refunded or
 * discontinued student, who owes nothing), and the share paid of an active student's offer.
 */
export function EmiProgress({ offer, cash, due, status }: { offer: number; cash: number; due: number; status: string }) {
  const t = useT();
  const { locale, currency } = useOrgFormat();
  const pct = offer > 0 ? Math.min(100, Math.round((cash / offer) * 100)) : 0;
  const active = status === 'active';
  const fullyPaid = active && offer > 0 && due <= 0;
  const money = (n: number) => formatMoney(n, currency, locale);
  return (
    <section aria-label={t('sales.emi.progress')} className="emi-progress">
      <dl className="figures">
        <div>
          <dt>{t('sales.field.offer')}</dt>
          <dd data-testid="emi-offer">{money(offer)}</dd>
        </div>
        <div>
          <dt>{t('sales.field.cash')}</dt>
          <dd data-testid="emi-cash">{money(cash)}</dd>
        </div>
        <div>
          <dt>{t('sales.field.due')}</dt>
          <dd data-testid="emi-due">{money(due)}</dd>
        </div>
      </dl>
      {active ? (
        <>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-label={t('sales.emi.paidShare')}
        className="progress"
      >
        <div className="progress-bar" style={{ width: `${pct}%` }} />
      </div>
      <p className={fullyPaid ? 'paid-in-full' : undefined}>
        {fullyPaid ? t('sales.emi.fullyPaid') : t('sales.emi.percentPaid', { percent: String(pct) })}
      </p>
        </>
      ) : (
        <p data-testid="emi-owes-nothing">{t(status === 'refunded' ? 'sales.emi.refundedOwesNothing' : 'sales.emi.discontinuedOwesNothing')}</p>
      )}
    </section>
  );
}

function EmiBody({ orgId, ledger }: { orgId: string; ledger: StudentLedger }) {
  const t = useT();
  const { locale, currency, timezone } = useOrgFormat();
  const { student, payments, offerHistory } = ledger;
  const money = (n: number) => formatMoney(n, currency, locale);
  const active = student.status === 'active';
  const due = student.due_amount ?? (active ? Math.max(0, student.offer_amount - student.cash_received) : 0);
  const [editing, setEditing] = useState<PaymentRow | null>(null);
  const batchName = student.cohort_batches ? `${student.cohort_batches.cohort_types?.name ?? ''} · ${student.cohort_batches.name}` : '';
  return (
    <div className="emi">
      <p className="muted">
        {batchName} · {t('sales.field.classes')}: {student.classes_access === 15 ? t('sales.field.allClasses') : (student.classes_access ?? '—')}
      </p>
      <EmiProgress offer={student.offer_amount} cash={student.cash_received} due={due} status={student.status} />

      <h3>{t('sales.emi.payments')}</h3>
      {payments.length === 0 ? (
        <p className="muted">{t('sales.emi.noPayments')}</p>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('sales.emi.paidOn')}</th>
              <th scope="col" className="num">
                {t('sales.emi.amount')}
              </th>
              <th scope="col">{t('sales.field.paymentPlatform')}</th>
              <th scope="col">{t('sales.emi.remarks')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {payments.map((p) => (
              <PaymentLine key={p.id} orgId={orgId} payment={p} onEdit={() => setEditing(p)} />
            ))}
          </tbody>
        </table>
      )}
      {active || editing ? (
        <PaymentForm
          key={editing?.id ?? 'new'}
          orgId={orgId}
          studentId={student.id}
          editing={editing}
          // A new payment can be at most the due; an edit may use what the offer leaves uncovered.
          maxAmount={editing ? student.offer_amount - student.cash_received + editing.amount : due}
          today={todayIn(timezone)}
          batchYear={batchYear(student.cohort_batches?.start_date, student.cohort_batches?.created_at, timezone, todayIn(timezone))}
          onDone={() => setEditing(null)}
        />
      ) : (
        <p className="muted">{t('sales.emi.noNewPayments')}</p>
      )}

      <h3>{t('sales.emi.offer')}</h3>
      <OfferForm orgId={orgId} studentId={student.id} offer={student.offer_amount} cash={student.cash_received} />
      {offerHistory.length > 0 ? (
        <ul className="history" aria-label={t('sales.emi.offerHistory')}>
          {offerHistory.map((h) => (
            <li key={h.id}>
              {formatDate(h.changed_at.slice(0, 10), timezone, locale)}: {money(h.old_amount)} → {money(h.new_amount)}
              {h.reason ? ` · ${h.reason}` : ''}
            </li>
          ))}
        </ul>
      ) : null}

      <h3>{t('sales.emi.batch')}</h3>
      <MoveForm orgId={orgId} studentId={student.id} batchId={student.cohort_batch_id} classes={student.classes_access} />
      <p className="visually-hidden" aria-live="polite">
        {money(student.cash_received)}
      </p>
    </div>
  );
}

function PaymentLine({ orgId, payment, onEdit }: { orgId: string; payment: PaymentRow; onEdit: () => void }) {
  const t = useT();
  const toast = useToast();
  const { locale, currency, timezone } = useOrgFormat();
  const del = useDeletePayment(orgId);
  const [confirming, setConfirming] = useState(false);
  return (
    <tr>
      <td data-label={t('sales.emi.paidOn')}>{formatDate(payment.paid_on, timezone, locale)}</td>
      <td className="num" data-label={t('sales.emi.amount')}>
        {payment.kind === 'refund' ? `− ${formatMoney(payment.amount, currency, locale)}` : formatMoney(payment.amount, currency, locale)}
        {payment.kind === 'refund' ? <div className="muted small">{labelOf(LEDGER_ENTRY_KIND_LABELS, locale, 'refund')}</div> : null}
      </td>
      <td data-label={t('sales.field.paymentPlatform')}>{payment.payment_platform ?? ''}</td>
      <td data-label={t('sales.emi.remarks')}>{payment.remarks ?? ''}</td>
      <td className="row-actions" data-label="">
        {confirming ? (
          <>
            <button
              type="button"
              className="button danger small"
              disabled={del.isPending}
              onClick={() =>
                del.mutate(
                  { p_payment_id: payment.id },
                  {
                    onSuccess: () => toast.success(t('sales.emi.paymentDeleted')),
                    onError: (e) => toast.error(toUserError(e).message),
                    onSettled: () => setConfirming(false),
                  },
                )
              }
            >
              {t('sales.emi.confirmDelete')}
            </button>
            <button type="button" className="button small" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <>
            {payment.kind === 'payment' ? (
              <button type="button" className="button small" onClick={onEdit}>
                {t('common.edit')}
              </button>
            ) : null}
            <button type="button" className="button small" onClick={() => setConfirming(true)}>
              {t('common.delete')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

function PaymentForm(props: { orgId: string; studentId: string; editing: PaymentRow | null; maxAmount: number; today: string; batchYear: number; onDone: () => void }) {
  const { orgId, studentId, editing, maxAmount, today, onDone } = props;
  const t = useT();
  const { locale, currency, timezone } = useOrgFormat();
  const toast = useToast();
  const record = useRecordPayment(orgId);
  const update = useUpdatePayment(orgId);
  const empty = { amount: '', paid_on: today, payment_platform: '', remarks: '' };
  const schema = paymentFormSchema(maxAmount, {
    today,
    batchYear: props.batchYear,
    currency,
    formatMoney: (n) => formatMoney(n, currency, locale),
    formatDate: (iso) => formatDate(iso, timezone, locale),
    ...(editing ? { storedPaidOn: editing.paid_on } : {}),
  });
  const form = useZodForm(
    schema,
    editing ? { amount: String(editing.amount), paid_on: editing.paid_on, payment_platform: editing.payment_platform ?? '', remarks: editing.remarks ?? '' } : empty,
  );
  const pending = record.isPending || update.isPending;
  const done = () => {
    toast.success(editing ? t('sales.emi.paymentUpdated') : t('sales.emi.paymentRecorded'));
    form.reset(empty);
    onDone();
  };
  const onSubmit = form.handleSubmit((args) => {
    if (pending) return;
    const onError = (err: unknown) => showServerError(form, err, toast);
    if (editing) update.mutate({ ...args, p_payment_id: editing.id }, { onSuccess: done, onError });
    else record.mutate({ ...args, p_cohort_student_id: studentId }, { onSuccess: done, onError });
  });
  return (
    <form className="inline-form" aria-label={editing ? t('sales.emi.editPayment') : t('sales.emi.addPayment')} noValidate onSubmit={(e) => void onSubmit(e)}>
      <PaymentFields form={form} />
      <div className="form-actions">
        {editing ? (
          <button type="button" className="button secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button primary" disabled={pending}>
          {editing ? t('sales.emi.savePayment') : t('sales.emi.addPayment')}
        </button>
      </div>
    </form>
  );
}

function OfferForm({ orgId, studentId, offer, cash }: { orgId: string; studentId: string; offer: number; cash: number }) {
  const t = useT();
  const toast = useToast();
  const change = useChangeOffer(orgId);
  const { locale, currency } = useOrgFormat();
  const form = useZodForm(offerFormSchema(cash, { currency, formatMoney: (n) => formatMoney(n, currency, locale) }), { new_amount: String(offer), reason: '' });
  const onSubmit = form.handleSubmit((args) => {
    if (change.isPending) return;
    change.mutate(
      { ...args, p_cohort_student_id: studentId },
      {
        onSuccess: () => {
          toast.success(t('sales.emi.offerChanged'));
          form.reset({ new_amount: form.getValues('new_amount'), reason: '' });
        },
        onError: (err) => showServerError(form, err, toast),
      },
    );
  });
  return (
    <form className="inline-form" aria-label={t('sales.emi.changeOffer')} noValidate onSubmit={(e) => void onSubmit(e)}>
      <FormField form={form} name="new_amount" label={t('sales.emi.newOffer')}>
        {(p) => <input {...p} inputMode="decimal" {...form.register('new_amount')} />}
      </FormField>
      <FormField form={form} name="reason" label={t('sales.emi.reason')}>
        {(p) => <input {...p} {...form.register('reason')} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={change.isPending}>
          {t('sales.emi.changeOffer')}
        </button>
      </div>
    </form>
  );
}

function MoveForm({ orgId, studentId, batchId, classes }: { orgId: string; studentId: string; batchId: string; classes: number | null }) {
  const t = useT();
  const toast = useToast();
  const batches = useQuery(activeBatchesQuery(orgId));
  const move = useMoveStudent(orgId);
  const form = useZodForm(moveFormSchema, { to_batch_id: batchId, classes_access: classes != null ? String(classes) : '' });
  const onSubmit = form.handleSubmit((args) => {
    if (move.isPending) return;
    move.mutate(
      { ...args, p_cohort_student_id: studentId },
      {
        onSuccess: () => toast.success(t('sales.emi.moved')),
        onError: (err) => showServerError(form, err, toast),
      },
    );
  });
  return (
    <form className="inline-form" aria-label={t('sales.emi.changeBatch')} noValidate onSubmit={(e) => void onSubmit(e)}>
      <FormField form={form} name="to_batch_id" label={t('sales.field.batch')}>
        {(p) => (
          <select {...p} {...form.register('to_batch_id')}>
            {!(batches.data ?? []).some((b) => b.id === batchId) ? <option value={batchId}>{t('sales.emi.currentBatch')}</option> : null}
            {(batches.data ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.cohortTypeName} · {b.name}
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
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={move.isPending}>
          {t('sales.emi.saveBatch')}
        </button>
      </div>
    </form>
  );
}
