// A student's money history from the roster: every ledger entry (date, amount, platform, who
// recorded it) and every offer change (who and why). Cohort staff (admin, manager,
// cohort_manager) edit or delete an entry through update_payment / delete_payment; the ledger
// triggers move cash received and due in the same transaction, and the roster, totals and the
// closers' views are invalidated.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { useToast } from '@/components/toast';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { useT } from '@/lib/i18n';
import { toUserError } from '@/lib/errors';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import type { RosterRow } from '../api/rows';
import { paymentHistoryQuery, type HistoryPayment } from '../api/get-payment-history';
import { useUpdatePayment } from '@/lib/students/update-payment';
import { useDeletePayment } from '@/lib/students/delete-payment';
import { useOrgFormat } from '@/lib/use-org-format';
import { DataTable } from '@/components/data-table';
import { offerChangeColumns, paymentColumns } from './payment-history-columns';
import { FormMessage, showServerError, useZodForm } from '@/components/form';
import { PaymentFields } from '@/components/payment-fields';
import { issuesByField, paymentFormSchema } from '@/lib/students/payment-forms';


/** Client-side checks of an edited payment; `maxAmount` is the due plus the payment's own amount. */
/** The edit's field errors: the shared payment schema (the closer's EMI dialog uses the same). */
export function validatePaymentEdit(v: { amount: string; paid_on: string }, maxAmount: number): Record<string, string> {
  const parsed = paymentFormSchema(maxAmount).safeParse({ amount: v.amount, paid_on: v.paid_on, payment_platform: '', remarks: '' });
  return parsed.success ? {} : issuesByField(parsed.error);
}

export function PaymentHistoryDialog({ orgId, student, onClose }: { orgId: string; student: RosterRow; onClose: () => void }) {
  const t = useT();
  const { currency, locale, timezone, hasRole } = useOrgFormat();
  const canEdit = hasRole('admin') || hasRole('manager') || hasRole('cohort_manager');
  const history = useQuery(paymentHistoryQuery(orgId, student.id));
  const [editing, setEditing] = useState<HistoryPayment | null>(null);
  const [deleting, setDeleting] = useState<HistoryPayment | null>(null);
  const money = (n: number) => formatMoney(n, currency, locale);
  const name = student.lead_name ?? '';
  // The figures come with the history (refetched after every edit or delete), not from the roster
  // row the dialog was opened from, which would go stale.
  const now = history.data?.student ?? {
    offer_amount: student.offer_amount,
    cash_received: student.cash_received,
    due_amount: student.due_amount ?? 0,
    written_off: student.written_off,
  };

  return (
    <Dialog open onClose={onClose} title={t('cohorts.history.title', { name })} size="large" closeLabel={t('common.close')}>
      <dl className="figures compact-figures" aria-busy={history.isFetching}>
        <div>
          <dt>{t('sales.field.offer')}</dt>
          <dd data-testid="history-offer">{money(now.offer_amount)}</dd>
        </div>
        <div>
          <dt>{t('sales.field.cash')}</dt>
          <dd data-testid="history-received">{money(now.cash_received)}</dd>
        </div>
        <div>
          <dt>{t('sales.field.due')}</dt>
          <dd data-testid="history-due">{money(now.due_amount)}</dd>
        </div>
        <div>
          <dt title={t('money.writtenOffHelp')}>{t('money.writtenOff')}</dt>
          <dd data-testid="history-written-off">{money(now.written_off)}</dd>
        </div>
      </dl>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <>
          <h3>{t('sales.emi.payments')}</h3>
          {editing ? (
            <EditPaymentForm orgId={orgId} payment={editing} maxAmount={now.offer_amount - now.cash_received + editing.amount} onDone={() => setEditing(null)} />
          ) : null}
          {deleting ? <DeletePaymentConfirm orgId={orgId} payment={deleting} onDone={() => setDeleting(null)} /> : null}
          {history.data.payments.length === 0 ? (
            <p className="muted">{t('sales.emi.noPayments')}</p>
          ) : (
            <DataTable
              columns={paymentColumns({
                t,
                locale,
                currency,
                timezone,
                canEdit,
                onEdit: (p) => {
                  setDeleting(null);
                  setEditing(p);
                },
                onDelete: (p) => {
                  setEditing(null);
                  setDeleting(p);
                },
              })}
              rows={history.data.payments}
              rowKey={(p) => p.id}
              caption={t('cohorts.history.paymentsOf', { name })}
              actionsLabel={t('common.actions')}
              moreLabel={t('common.moreDetails')}
              compact
            />
          )}
          <h3>{t('sales.emi.offerHistory')}</h3>
          {history.data.offer_changes.length === 0 ? (
            <p className="muted">{t('cohorts.history.noOfferChanges')}</p>
          ) : (
            <DataTable
              columns={offerChangeColumns({ t, locale, currency, timezone })}
              rows={history.data.offer_changes}
              rowKey={(h) => h.id}
              caption={t('cohorts.history.offerChangesOf', { name })}
              compact
            />
          )}
        </>
      )}
    </Dialog>
  );
}

function EditPaymentForm({ orgId, payment, maxAmount, onDone }: { orgId: string; payment: HistoryPayment; maxAmount: number; onDone: () => void }) {
  const t = useT();
  const toast = useToast();
  const update = useUpdatePayment(orgId);
  const form = useZodForm(paymentFormSchema(maxAmount), {
    amount: String(payment.amount),
    paid_on: payment.paid_on,
    payment_platform: payment.payment_platform ?? '',
    remarks: payment.remarks ?? '',
  });
  const [unchanged, setUnchanged] = useState(false);
  // Read while rendering: react-hook-form tracks isDirty only for a form that reads it.
  const { isDirty } = form.formState;
  const onSubmit = form.handleSubmit((args) => {
    if (update.isPending) return;
    update.mutate(
      { ...args, p_payment_id: payment.id },
      {
        onSuccess: () => {
          toast.success(t('sales.emi.paymentUpdated'));
          onDone();
        },
        onError: (err) => showServerError(form, err, toast),
      },
    );
  });
  return (
    <form
      className="inline-panel"
      aria-label={t('sales.emi.editPayment')}
      noValidate
      onChange={() => setUnchanged(false)}
      onSubmit={(e) => {
        if (!isDirty) {
          e.preventDefault();
          setUnchanged(true);
          return;
        }
        void onSubmit(e);
      }}
    >
      <h4>{t('sales.emi.editPayment')}</h4>
      <FormMessage message={unchanged ? t('form.nothingToSave') : null} />
      <PaymentFields form={form} />
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onDone} disabled={update.isPending}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('sales.emi.savePayment')}
        </button>
      </div>
    </form>
  );
}

function DeletePaymentConfirm({ orgId, payment, onDone }: { orgId: string; payment: HistoryPayment; onDone: () => void }) {
  const t = useT();
  const toast = useToast();
  const { currency, locale, timezone } = useOrgFormat();
  const del = useDeletePayment(orgId);
  const confirm = () => {
    if (del.isPending) return;
    del.mutate(
      { p_payment_id: payment.id },
      {
        onSuccess: () => {
          toast.success(t('sales.emi.paymentDeleted'));
          onDone();
        },
        onError: (err) => toast.error(toUserError(err).message),
      },
    );
  };
  return (
    <div className="inline-panel" role="group" aria-label={t('sales.emi.confirmDelete')}>
      <p>{t(payment.kind === 'refund' ? 'cohorts.history.deleteRefundQuestion' : 'cohorts.history.deleteQuestion', { amount: formatMoney(payment.amount, currency, locale), date: formatDate(payment.paid_on, timezone, locale) })}</p>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onDone} disabled={del.isPending}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button danger" onClick={confirm} disabled={del.isPending}>
          {del.isPending ? t('common.saving') : t('sales.emi.confirmDelete')}
        </button>
      </div>
    </div>
  );
}
