import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { formatDate, formatDateTime, formatTime } from '@/domain/dates';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { isConvertedStatus } from '@/domain/statuses';
import type { CallHistoryRow, CloserCallRow } from '../api/rows';
import { studentLedgerQuery } from '../api/get-student-ledger';
import { callHistoryQuery } from '../api/get-call-history';
import { CallStatusBadge } from './call-status-badge';
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
  const money = (n: number) => formatMoney(n, currency, locale);

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
          <div className="table-wrap">
            <table className="table compact">
              <caption className="visually-hidden">{t('sales.emi.payments')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sales.emi.paidOn')}</th>
                  <th scope="col" className="num">{t('sales.details.amount')}</th>
                  <th scope="col">{t('sales.details.platform')}</th>
                  <th scope="col">{t('sales.details.remarks')}</th>
                </tr>
              </thead>
              <tbody>
                {ledger.data.payments.map((p) => (
                  <tr key={p.id}>
                    <td data-label={t('sales.emi.paidOn')}>{formatDate(p.paid_on, timezone, locale)}</td>
                    <td className="num" data-label={t('sales.details.amount')}>{money(p.amount)}</td>
                    <td data-label={t('sales.details.platform')}>{p.payment_platform ?? '—'}</td>
                    <td data-label={t('sales.details.remarks')}>{p.remarks ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
          <div className="table-wrap">
            <table className="table compact">
              <caption className="visually-hidden">{t('sales.details.history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sales.details.when')}</th>
                  <th scope="col">{t('sales.details.who')}</th>
                  <th scope="col">{t('sales.details.what')}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.rows.map((h) => (
                  <tr key={h.id}>
                    <td data-label={t('sales.details.when')}>{formatDateTime(h.changed_at, timezone, locale)}</td>
                    <td data-label={t('sales.details.who')}>
                      {h.source === 'database' ? <span className="muted">{t('sales.details.byDatabase')}</span> : (h.changed_by_name ?? t('sales.details.unknownUser'))}
                    </td>
                    <td data-label={t('sales.details.what')}>
                      <HistoryChange row={h} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {history.data && history.data.total > history.data.rows.length ? (
          <p className="muted small">{t('sales.details.historyMore', { shown: history.data.rows.length, total: history.data.total })}</p>
        ) : null}
      </section>
    </div>
  );
}

function HistoryChange({ row }: { row: CallHistoryRow }) {
  const t = useT();
  const { locale, timezone } = useOrgFormat();
  const c = row.changes;
  const parts: string[] = [];
  if (c.scheduled_date) parts.push(t('sales.details.movedTo', { when: c.scheduled_date.to ? formatDate(c.scheduled_date.to, timezone, locale) : '—' }));
  if (c.scheduled_time) parts.push(t('sales.details.timeTo', { time: c.scheduled_time.to ? formatTime(c.scheduled_time.to, locale, timezone) : '—' }));
  if (c.closer_id) parts.push(t('sales.details.reassigned'));
  if (c.batch_id) parts.push(t('sales.details.batchChanged'));
  if (c.refund_reason?.to) parts.push(t('sales.details.refundReason', { reason: c.refund_reason.to }));
  if (c.cancellation_reason?.to) parts.push(t('sales.details.cancellationReason', { reason: c.cancellation_reason.to }));
  if (c.via?.to === 'calendly') parts.push(t('sales.details.viaCalendly'));
  if (c.via?.to === 'csv') parts.push(t('sales.details.viaCsv'));
  return (
    <div className="history-change">
      {row.old_status === null ? (
        <span>
          {t('sales.details.created')} <CallStatusBadge status={row.new_status} />
        </span>
      ) : row.old_status !== row.new_status ? (
        <span>
          <CallStatusBadge status={row.old_status} /> → <CallStatusBadge status={row.new_status} />
        </span>
      ) : null}
      {parts.length ? <div className="small">{parts.join(' · ')}</div> : null}
      {row.remarks ? <div className="muted small">“{row.remarks}”</div> : null}
    </div>
  );
}
