import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n';
import { EmptyState } from '@/components/empty-state';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { closerSummaryQuery } from '../api/get-closer-summary';
import { DataTable } from '@/components/data-table';
import { closersColumns } from './closers-columns';
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
  const columns = closersColumns({ t, locale, currency, orgId, period });
  return (
    <div className="stack">
      {scopes}
      <DataTable columns={columns} rows={summary.data} rowKey={(c) => c.closer_id} caption={t('sales.closers.caption')} moreLabel={t('common.moreDetails')} busy={summary.isFetching} />
    </div>
  );
}
