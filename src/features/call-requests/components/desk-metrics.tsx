import { useId, useState } from 'react';
import * as Collapsible from '@radix-ui/react-collapsible';
import { useQuery } from '@tanstack/react-query';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { formatDate, todayIn } from '@/domain/dates';
import { addDays } from '@/domain/date-range';
import { CALL_OUTCOME_LABELS, labelOf, PILLAR_LABELS } from '@/domain/labels';
import { CALL_OUTCOMES } from '@/domain/statuses';
import { useCurrentOrg } from '@/lib/current-org';
import { useT, type MessageKey } from '@/lib/i18n';
import { deskMetricsQuery, type DeskPeriod } from '../api/get-desk-metrics';
import { waitAtMost } from './wait-at-most';

const RANGES = ['today', 'last7', 'last30'] as const;
type Range = (typeof RANGES)[number];
const RANGE_LABEL: Record<Range, MessageKey> = {
  today: 'callRequests.metrics.today',
  last7: 'callRequests.metrics.last7',
  last30: 'callRequests.metrics.last30',
};

/** Organization-local dates of a range ending today (the database resolves "today" itself). */
function periodOf(range: Range, timezone: string): DeskPeriod {
  if (range === 'today') return { from: null, to: null };
  const today = todayIn(timezone);
  return { from: addDays(today, range === 'last7' ? -6 : -29), to: today };
}

/**
 * Desk metrics of the organization (call_desk_metrics, from the database's daily aggregates):
 * requests today, median and p90 wait from the request to the first call (bucketed: shown as an
 * upper bound), share called within the target (exact), outcomes by pillar and per specialist,
 * for the requests of the chosen days. A Radix Collapsible section, open at first.
 */
export function DeskMetrics() {
  const t = useT();
  const uid = useId();
  const { organization, locale } = useCurrentOrg();
  const { timezone } = organization;
  const [range, setRange] = useState<Range>('today');
  const metrics = useQuery(deskMetricsQuery(organization.id, periodOf(range, organization.timezone)));
  const wait = (s: number | null) => (s === null ? '—' : t('callRequests.metrics.atMost', { value: waitAtMost(s, locale) }));
  const pct = (x: number | null) => (x === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x));
  const m = metrics.data;

  return (
    <Collapsible.Root className="desk-metrics" defaultOpen>
      <h2 id={`${uid}-title`} className="desk-metrics-title">
        <Collapsible.Trigger className="disclosure-trigger">
          <span className="disclosure-marker" aria-hidden="true" />
          {t('callRequests.metrics.title')}
        </Collapsible.Trigger>
      </h2>
      <Collapsible.Content className="stack">
        <div role="group" aria-label={t('callRequests.metrics.period')} className="segmented">
          {RANGES.map((r) => (
            <button key={r} type="button" className={r === range ? 'segment active' : 'segment'} aria-pressed={r === range} onClick={() => setRange(r)}>
              {t(RANGE_LABEL[r])}
            </button>
          ))}
        </div>
        {metrics.isPending ? <Loading /> : null}
        {metrics.isError ? <ErrorMessage error={metrics.error} onRetry={() => void metrics.refetch()} /> : null}
        {m ? (
          <>
            <p className="muted">
              {m.period.from === m.period.to
                ? formatDate(m.period.from, timezone, locale)
                : t('sales.kpi.range', { from: formatDate(m.period.from, timezone, locale), to: formatDate(m.period.to, timezone, locale) })}
            </p>
            <ul className="cards kpi-cards" aria-busy={metrics.isFetching}>
              <li>
                <p className="kpi-label">{t('callRequests.metrics.requestsToday')}</p>
                <p className="kpi-value">{m.requests_today.toLocaleString(locale)}</p>
              </li>
              <li>
                <p className="kpi-label">{t('callRequests.metrics.requests')}</p>
                <p className="kpi-value">{m.requests.toLocaleString(locale)}</p>
                <p className="muted small">{t('callRequests.metrics.calledOpen', { called: m.called, open: m.open })}</p>
              </li>
              <li>
                <p className="kpi-label">{t('callRequests.metrics.medianWait')}</p>
                <p className="kpi-value">{wait(m.median_wait_seconds)}</p>
              </li>
              <li>
                <p className="kpi-label">{t('callRequests.metrics.p90Wait')}</p>
                <p className="kpi-value">{wait(m.p90_wait_seconds)}</p>
              </li>
              <li>
                <p className="kpi-label">{t('callRequests.metrics.withinTarget', { minutes: m.target_minutes })}</p>
                <p className="kpi-value">{pct(m.within_target_share)}</p>
                <p className="muted small">{t('callRequests.metrics.withinOf', { within: m.within_target, decided: m.decided })}</p>
              </li>
            </ul>
            {m.called > 0 ? <p className="muted small">{t('callRequests.metrics.waitRounding')}</p> : null}
            {m.by_pillar.length > 0 ? (
              <div className="table-wrap">
                <table className="table">
                  <caption>{t('callRequests.metrics.byPillar')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('callRequests.col.pillar')}</th>
                      <th scope="col" className="num">{t('callRequests.metrics.requests')}</th>
                      <th scope="col" className="num">{t('callRequests.tab.pending')}</th>
                      {CALL_OUTCOMES.map((o) => (
                        <th key={o} scope="col" className="num">{labelOf(CALL_OUTCOME_LABELS, locale, o)}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {m.by_pillar.map((p) => (
                      <tr key={p.pillar ?? 'none'}>
                        <th scope="row">{p.pillar ? labelOf(PILLAR_LABELS, locale, p.pillar) : '—'}</th>
                        <td className="num" data-label={t('callRequests.metrics.requests')}>{p.requests}</td>
                        <td className="num" data-label={t('callRequests.tab.pending')}>{p.open}</td>
                        {CALL_OUTCOMES.map((o) => (
                          <td key={o} className="num" data-label={labelOf(CALL_OUTCOME_LABELS, locale, o)}>{p.outcomes[o] ?? 0}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {m.by_specialist.length > 0 ? (
              <div className="table-wrap">
                <table className="table">
                  <caption>{t('callRequests.metrics.bySpecialist')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('callRequests.col.specialist')}</th>
                      <th scope="col" className="num">{t('callRequests.metrics.completed')}</th>
                      {CALL_OUTCOMES.map((o) => (
                        <th key={o} scope="col" className="num">{labelOf(CALL_OUTCOME_LABELS, locale, o)}</th>
                      ))}
                      <th scope="col" className="num">{t('callRequests.metrics.medianWait')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.by_specialist.map((s) => (
                      <tr key={s.specialist_id}>
                        <th scope="row">{s.specialist_name || '—'}</th>
                        <td className="num" data-label={t('callRequests.metrics.completed')}>{s.completed}</td>
                        {CALL_OUTCOMES.map((o) => (
                          <td key={o} className="num" data-label={labelOf(CALL_OUTCOME_LABELS, locale, o)}>{s.outcomes[o] ?? 0}</td>
                        ))}
                        <td className="num" data-label={t('callRequests.metrics.medianWait')}>{wait(s.median_wait_seconds)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>
        ) : null}
      </Collapsible.Content>
    </Collapsible.Root>
  );
}
