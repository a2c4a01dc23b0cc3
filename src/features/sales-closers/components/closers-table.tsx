import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { EmptyState } from '@/components/empty-state';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { closerSummaryQuery } from '../api/get-closer-summary';
import { SUMMARY_COUNT_STATUSES, callsHref } from './call-filters';
import { useOrgFormat } from '@/lib/use-org-format';
import { todayIn } from '@/domain/dates';

type Scope = 'month' | 'all';

/**
 * One row per closer (a closer sees only their own: RLS). Every count opens the matching calls.
 * This month by default (calls by scheduled date, students by conversion date, in the
 * organization's timezone); all time on demand.
 */
export function ClosersTable() {
  const t = useT();
  const { orgId, currency, locale, timezone } = useOrgFormat();
  const [scope, setScope] = useState<Scope>('month');
  const today = todayIn(timezone);
  const period = scope === 'month' ? { from: `${today.slice(0, 8)}01`, to: today } : null;
  const summary = useQuery(closerSummaryQuery(orgId, period));
  const scopes = (
    <div role="group" aria-label={t('sales.closers.period')} className="segmented">
      {(['month', 'all'] as const).map((s) => (
        <button key={s} type="button" className={s === scope ? 'segment active' : 'segment'} aria-pressed={s === scope} onClick={() => setScope(s)}>
          {t(s === 'month' ? 'sales.closers.thisMonth' : 'sales.closers.allTime')}
        </button>
      ))}
    </div>
  );
  if (summary.isPending || summary.isError)
    return (
      <div className="stack">
        {scopes}
        {summary.isPending ? <Loading /> : <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} />}
      </div>
    );
  if (summary.data.length === 0) return <EmptyState title={t('sales.closers.empty')} />;
  const countCell = (closerId: string, n: number, key: keyof typeof SUMMARY_COUNT_STATUSES, label: string, column: string) => (
    <td className="num" data-label={column}>
      <Link to={callsHref(orgId, closerId, SUMMARY_COUNT_STATUSES[key], period)} aria-label={label}>
        {n.toLocaleString(locale)}
      </Link>
    </td>
  );
  return (
    <div className="stack">
      {scopes}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('sales.closers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sales.closers.closer')}</th>
              <th scope="col" className="num">{t('sales.closers.assigned')}</th>
              <th scope="col" className="num">{t('sales.closers.converted')}</th>
              <th scope="col" className="num">{t('sales.closers.notConverted')}</th>
              <th scope="col" className="num">{t('sales.closers.rescheduled')}</th>
              <th scope="col" className="num" title={t('sales.closers.studentsHelp')}>{t('sales.closers.students')}</th>
              <th scope="col" className="num">{t('sales.closers.offered')}</th>
              <th scope="col" className="num">{t('sales.closers.cashCollected')}</th>
              <th scope="col" className="num">{t('sales.closers.due')}</th>
              <th scope="col" className="num" title={t('money.writtenOffHelp')}>{t('money.writtenOff')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.data.map((c) => {
              const name = c.closer_name ?? t('sales.closers.unnamed');
              return (
                <tr key={c.closer_id}>
                  <th scope="row">
                    <Link to={callsHref(orgId, c.closer_id, [], period)}>{name}</Link>
                  </th>
                  {countCell(c.closer_id, c.assigned, 'assigned', t('sales.closers.assignedOf', { name, count: String(c.assigned) }), t('sales.closers.assigned'))}
                  {countCell(c.closer_id, c.converted, 'converted', t('sales.closers.convertedOf', { name, count: String(c.converted) }), t('sales.closers.converted'))}
                  {countCell(c.closer_id, c.not_converted, 'not_converted', t('sales.closers.notConvertedOf', { name, count: String(c.not_converted) }), t('sales.closers.notConverted'))}
                  {countCell(c.closer_id, c.rescheduled, 'rescheduled', t('sales.closers.rescheduledOf', { name, count: String(c.rescheduled) }), t('sales.closers.rescheduled'))}
                  <td className="num" data-label={t('sales.closers.students')}>{c.students.toLocaleString(locale)}</td>
                  <td className="num" data-label={t('sales.closers.offered')}>{formatMoney(c.offered, currency, locale)}</td>
                  <td className="num" data-label={t('sales.closers.cashCollected')}>{formatMoney(c.cash_collected, currency, locale)}</td>
                  <td className="num" data-label={t('sales.closers.due')}>{formatMoney(c.due, currency, locale)}</td>
                  <td className="num" data-label={t('money.writtenOff')}>{formatMoney(c.written_off, currency, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
