// Money insights of the organization or one batch (cohort_insights): due in the next 14 days,
// receivables aging, this week's collections vs last week, students needing action. Each chart
// is drawn with CSS bars and its figures are in a table beside it.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useT, type MessageKey } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import { Badge } from '@/components/badge';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { Pagination } from '@/components/pagination';
import { INSIGHTS_PAGE_SIZE, insightsQuery, type Insights } from '../api/get-insights';
import { BarList } from './bar-list';
import { useOrgFormat } from '@/lib/use-org-format';

const BUCKET_LABEL: Record<Insights['aging'][number]['bucket'], MessageKey> = {
  '0_30': 'cohorts.insights.bucket.0_30',
  '31_60': 'cohorts.insights.bucket.31_60',
  '61_90': 'cohorts.insights.bucket.61_90',
  '90_plus': 'cohorts.insights.bucket.90_plus',
  unknown: 'cohorts.insights.bucket.unknown',
};

/** Percent change from last week to this week, or null when last week had nothing. */
export function weekChange(thisWeek: number, lastWeek: number): number | null {
  if (lastWeek <= 0) return null;
  return Math.round(((thisWeek - lastWeek) / lastWeek) * 100);
}

export function CohortInsights({ batchId = null }: { batchId?: string | null }) {
  const t = useT();
  const { orgId, currency, locale, timezone } = useOrgFormat();
  const [pages, setPages] = useState({ dueSoon: 0, action: 0 });
  const q = useQuery(insightsQuery(orgId, batchId, pages));
  const money = (n: number) => formatMoney(n, currency, locale);
  const title = batchId ? t('cohorts.insights.title') : t('cohorts.insights.orgTitle');

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  const c = d.collections;
  const change = weekChange(c.this_week.amount, c.last_week.amount);
  const aging = d.aging.filter((a) => a.bucket !== 'unknown' || a.students > 0);
  const batchCell = (r: { batch_id: string; batch_name: string | null }) => <Link to={`/o/${orgId}/cohorts/batches/${r.batch_id}`}>{r.batch_name ?? '—'}</Link>;

  return (
    <section className="stack" aria-labelledby="insights-title" aria-busy={q.isFetching}>
      <h2 id="insights-title">{title}</h2>
      <p className="muted small">{batchId ? t('cohorts.insights.scopeBatch') : t('cohorts.insights.scopeOrg')}</p>
      <dl className="figures" aria-label={title}>
        <div>
          <dt>{t('cohorts.offered')}</dt>
          <dd data-testid="insights-offered">{money(d.money.offered)}</dd>
        </div>
        <div>
          <dt>{t('cohorts.received')}</dt>
          <dd data-testid="insights-received">{money(d.money.received)}</dd>
        </div>
        <div>
          <dt>{t('cohorts.due')}</dt>
          <dd data-testid="insights-due">{money(d.money.due)}</dd>
        </div>
        <div>
          <dt title={t('money.writtenOffHelp')}>{t('money.writtenOff')}</dt>
          <dd data-testid="insights-written-off">{money(d.money.written_off)}</dd>
        </div>
      </dl>
      <div className="insights-grid">
        <article className="insight-card" aria-labelledby="ins-due-soon">
          <h3 id="ins-due-soon">{t('cohorts.insights.dueSoon')}</h3>
          <p className="insight-figure" data-testid="due-soon-amount">{money(d.due_soon.amount)}</p>
          <p className="muted small">{t('cohorts.studentCount', { count: d.due_soon.students })}</p>
          <p className="muted small">{t('cohorts.insights.dueSoonHelp')}</p>
        </article>
        <article className="insight-card" aria-labelledby="ins-collections">
          <h3 id="ins-collections">{t('cohorts.insights.collections')}</h3>
          <p className="insight-figure" data-testid="collections-this-week">{money(c.this_week.amount)}</p>
          <p className="muted small">
            {t('cohorts.insights.lastWeek')}: {money(c.last_week.amount)}
            {change === null ? null : <> ({change > 0 ? '+' : ''}{change}%)</>}
          </p>
          {c.this_week.refunds > 0 ? <p className="muted small">{t('money.refundsOut', { amount: money(c.this_week.refunds) })}</p> : null}
          <BarList
            label={t('cohorts.insights.chart', { title: t('cohorts.insights.collections') })}
            bars={[
              { key: 'this', label: t('cohorts.insights.thisWeek'), value: c.this_week.amount, display: money(c.this_week.amount) },
              { key: 'last', label: t('cohorts.insights.lastWeek'), value: c.last_week.amount, display: money(c.last_week.amount), tone: 'muted' },
            ]}
          />
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('cohorts.insights.collections')}>
<table className="table compact">
            <caption className="visually-hidden">{t('cohorts.insights.collections')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cohorts.insights.col.period')}</th>
                <th scope="col" className="num">{t('cohorts.insights.col.payments')}</th>
                <th scope="col" className="num">{t('cohorts.insights.col.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                ['this', t('cohorts.insights.thisWeek'), c.this_week],
                ['last', t('cohorts.insights.lastWeek'), c.last_week],
              ].map(([k, label, wk]) => {
                const week = wk as typeof c.this_week;
                return (
                  <tr key={k as string}>
                    <td data-label={t('cohorts.insights.col.period')}>
                      {label as string}
                      <div className="muted small">{formatDate(week.from, timezone, locale)} – {formatDate(week.to, timezone, locale)}</div>
                    </td>
                    <td data-label={t('cohorts.insights.col.payments')} className="num">{week.payments}</td>
                    <td data-label={t('cohorts.insights.col.amount')} className="num">{money(week.amount)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
</div>
          <p className="muted small">{t('cohorts.insights.weekHelp')}</p>
        </article>
        <article className="insight-card" aria-labelledby="ins-aging">
          <h3 id="ins-aging">{t('cohorts.insights.aging')}</h3>
          <p className="muted small">{t('cohorts.insights.agingHelp')}</p>
          <BarList
            label={t('cohorts.insights.chart', { title: t('cohorts.insights.aging') })}
            bars={aging.map((a) => ({
              key: a.bucket,
              label: t(BUCKET_LABEL[a.bucket]),
              value: a.amount,
              display: money(a.amount),
              tone: a.bucket === '90_plus' ? 'danger' : a.bucket === '61_90' ? 'warning' : 'primary',
            }))}
          />
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('cohorts.insights.aging')}>
<table className="table compact">
            <caption className="visually-hidden">{t('cohorts.insights.aging')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cohorts.insights.col.age')}</th>
                <th scope="col" className="num">{t('cohorts.insights.col.students')}</th>
                <th scope="col" className="num">{t('cohorts.insights.col.due')}</th>
              </tr>
            </thead>
            <tbody>
              {aging.map((a) => (
                <tr key={a.bucket}>
                  <td data-label={t('cohorts.insights.col.age')}>{t(BUCKET_LABEL[a.bucket])}</td>
                  <td data-label={t('cohorts.insights.col.students')} className="num">{a.students}</td>
                  <td data-label={t('cohorts.insights.col.due')} className="num">{money(a.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
</div>
        </article>
      </div>

      <article className="insight-card" aria-labelledby="ins-due-list">
        <h3 id="ins-due-list">{t('cohorts.insights.dueSoon')}</h3>
        {d.due_soon.by_day.length > 0 ? (
          <BarList
            label={t('cohorts.insights.chart', { title: t('cohorts.insights.dueSoon') })}
            bars={d.due_soon.by_day.map((x) => ({ key: x.date, label: formatDate(x.date, timezone, locale), value: x.amount, display: money(x.amount) }))}
          />
        ) : null}
        {d.due_soon.rows.length === 0 ? (
          <p className="muted">{t('cohorts.insights.none')}</p>
        ) : (
          <>
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('cohorts.insights.dueSoon')}>
              <table className="table compact">
                <caption className="visually-hidden">{t('cohorts.insights.dueSoon')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cohorts.col.name')}</th>
                    {batchId ? null : <th scope="col">{t('cohorts.insights.col.batch')}</th>}
                    <th scope="col">{t('cohorts.insights.col.followUp')}</th>
                    <th scope="col" className="num">{t('cohorts.insights.col.due')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.due_soon.rows.map((r) => (
                    <tr key={r.student_id}>
                      <td data-label={t('cohorts.col.name')}>{r.lead_name ?? '—'}</td>
                      {batchId ? null : <td data-label={t('cohorts.insights.col.batch')}>{batchCell(r)}</td>}
                      <td data-label={t('cohorts.insights.col.followUp')}>{r.next_follow_up_date ? formatDate(r.next_follow_up_date, timezone, locale) : '—'}</td>
                      <td data-label={t('cohorts.insights.col.due')} className="num">{money(r.due_amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={pages.dueSoon} pageSize={INSIGHTS_PAGE_SIZE} total={d.due_soon.students} onPageChange={(p) => setPages({ ...pages, dueSoon: p })} />
          </>
        )}
      </article>

      <article className="insight-card" aria-labelledby="ins-action">
        <h3 id="ins-action">{t('cohorts.insights.needsAction')}</h3>
        <p className="muted small">{t('cohorts.insights.needsActionHelp')}</p>
        <BarList
          label={t('cohorts.insights.chart', { title: t('cohorts.insights.needsAction') })}
          bars={[
            { key: 'overdue', label: t('cohorts.insights.reason.followUpOverdue'), value: d.needs_action.follow_up_overdue, display: String(d.needs_action.follow_up_overdue), tone: 'danger' },
            { key: 'today', label: t('cohorts.insights.reason.followUpToday'), value: d.needs_action.follow_up_today, display: String(d.needs_action.follow_up_today), tone: 'warning' },
            { key: 'nopay', label: t('cohorts.insights.reason.noPayment'), value: d.needs_action.no_payment, display: String(d.needs_action.no_payment) },
          ]}
        />
        {d.needs_action.rows.length === 0 ? (
          <p className="muted">{t('cohorts.insights.none')}</p>
        ) : (
          <>
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('cohorts.insights.needsAction')}>
              <table className="table compact">
                <caption className="visually-hidden">{t('cohorts.insights.needsAction')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cohorts.col.name')}</th>
                    {batchId ? null : <th scope="col">{t('cohorts.insights.col.batch')}</th>}
                    <th scope="col">{t('cohorts.insights.col.why')}</th>
                    <th scope="col">{t('cohorts.insights.col.followUp')}</th>
                    <th scope="col">{t('cohorts.insights.col.lastPayment')}</th>
                    <th scope="col" className="num">{t('cohorts.insights.col.due')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.needs_action.rows.map((r) => (
                    <tr key={r.student_id}>
                      <td data-label={t('cohorts.col.name')}>{r.lead_name ?? '—'}</td>
                      {batchId ? null : <td data-label={t('cohorts.insights.col.batch')}>{batchCell(r)}</td>}
                      <td data-label={t('cohorts.insights.col.why')}>
                        <span className="badge-row">
                          {r.follow_up_overdue ? <Badge tone="danger">{t('cohorts.insights.reason.followUpOverdue')}</Badge> : null}
                          {r.follow_up_today ? <Badge tone="warning">{t('cohorts.insights.reason.followUpToday')}</Badge> : null}
                          {r.no_payment ? <Badge tone="neutral">{t('cohorts.insights.reason.noPayment')}</Badge> : null}
                        </span>
                      </td>
                      <td data-label={t('cohorts.insights.col.followUp')}>{r.next_follow_up_date ? formatDate(r.next_follow_up_date, timezone, locale) : '—'}</td>
                      <td data-label={t('cohorts.insights.col.lastPayment')}>{r.last_paid_on ? formatDate(r.last_paid_on, timezone, locale) : t('cohorts.insights.never')}</td>
                      <td data-label={t('cohorts.insights.col.due')} className="num">{money(r.due_amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={pages.action} pageSize={INSIGHTS_PAGE_SIZE} total={d.needs_action.students} onPageChange={(p) => setPages({ ...pages, action: p })} />
          </>
        )}
      </article>
    </section>
  );
}
