import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { isConvertedStatus } from '@/domain/statuses';
import type { CloserCallRow } from '../api/rows';
import { DataTable } from '@/components/data-table';
import { historyColumns, ledgerColumns } from './call-details-columns';
import { studentLedgerQuery } from '../api/get-student-ledger';
import { callHistoryQuery } from '../api/get-call-history';
import { useOrgFormat } from '@/lib/use-org-format';
import './sales-closers.css';

/** Whether the call has a student (and so a payment ledger) to show. */
export function hasLedger(call: Pick<CloserCallRow, 'status' | 'batch_id'>): boolean {
  return (isConvertedStatus(call.status) || call.status === 'refunded' || call.status === 'discontinued') && call.batch_id !== null;
}

/**
 * The expanded row of a call: the lead's contact details, the student's payments (the same ledger
 * as Update EMI and the cohort roster) and the call's status history (who changed what, when).
 */
export function CallDetails({ call }: { call: CloserCallRow }) {
  const t = useT();
  const { orgId, locale, currency, timezone } = useOrgFormat();
  const ledger = useQuery({ ...studentLedgerQuery(orgId, call), enabled: hasLedger(call) });
  const history = useQuery(callHistoryQuery(orgId, call.id));

  return (
    <div className="call-details">
      <section aria-label={t('sales.details.contact')}>
        <h3>{t('sales.details.contact')}</h3>
        <dl className="card-figures">
          <div>
            <dt>{t('sales.calls.lead')}</dt>
            <dd>{call.lead_name ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('sales.details.email')}</dt>
            <dd>{call.lead_email ? <a href={`mailto:${call.lead_email}`}>{call.lead_email}</a> : '—'}</dd>
          </div>
          <div>
            <dt>{t('sales.details.phone')}</dt>
            <dd>{call.lead_phone ? <a href={`tel:${call.lead_phone.replace(/[^\d+]/g, '')}`}>{call.lead_phone}</a> : '—'}</dd>
          </div>
        </dl>
        {call.additional_comments ? <p className="call-comments">{call.additional_comments}</p> : null}
      </section>

      <section aria-label={t('sales.emi.payments')}>
        <h3>{t('sales.emi.payments')}</h3>
        {!hasLedger(call) ? (
          <p className="muted">{t('sales.details.noPayments')}</p>
        ) : ledger.isPending ? (
          <Loading inline />
        ) : ledger.isError ? (
          <ErrorMessage error={ledger.error} onRetry={() => void ledger.refetch()} />
        ) : !ledger.data || ledger.data.payments.length === 0 ? (
          <p className="muted">{t('sales.details.noPayments')}</p>
        ) : (
          <DataTable columns={ledgerColumns({ t, locale, currency, timezone })} rows={ledger.data.payments} rowKey={(p) => p.id} caption={t('sales.emi.payments')} scrollLabel={t('sales.emi.payments')} compact />
        )}
      </section>

      <section aria-label={t('sales.details.history')}>
        <h3>{t('sales.details.history')}</h3>
        {history.isPending ? (
          <Loading inline />
        ) : history.isError ? (
          <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />
        ) : history.data.rows.length === 0 ? (
          <p className="muted">{t('sales.details.noHistory')}</p>
        ) : (
          <DataTable columns={historyColumns({ t, locale, timezone })} rows={history.data.rows} rowKey={(h) => String(h.id)} caption={t('sales.details.history')} scrollLabel={t('sales.details.history')} compact />
        )}
        {history.data && history.data.total > history.data.rows.length ? (
          <p className="muted small">{t('sales.details.historyMore', { shown: history.data.rows.length, total: history.data.total })}</p>
        ) : null}
      </section>
    </div>
  );
}
