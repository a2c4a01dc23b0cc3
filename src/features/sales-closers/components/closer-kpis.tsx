import { useId, useState, type FormEvent } from 'react';
import { DateInput } from '@/components/date-input';
import { useQuery } from '@tanstack/react-query';
import { useT, type MessageKey } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import { parseDateRange, type DateRangeErrors } from '@/domain/date-range';
import { toUserError } from '@/lib/errors';
import { Loading } from '@/components/loading';
import { ErrorMessage } from '@/components/error-message';
import { closerKpisQuery, KPI_PRESETS, type KpiFigures, type KpiPeriod, type KpiPreset } from '../api/get-closer-kpis';
import { useOrgFormat } from '@/lib/use-org-format';
import { DataTable } from '@/components/data-table';
import { closerKpisColumns, formatRate } from './closer-kpis-columns';
import './sales-closers.css';

const PRESET_LABEL: Record<KpiPreset, MessageKey> = {
  today: 'sales.kpi.preset.today',
  week: 'sales.kpi.preset.week',
  month: 'sales.kpi.preset.month',
  custom: 'sales.kpi.preset.custom',
};

/**
 * KPI cards of the closers page: calls today, calls, conversions, conversion rate and cash
 * collected for a period (today, this week, this month, custom), in the organization's timezone,
 * all computed by one database call. The total for everyone shown, then one row per closer (a
 * closer sees only their own figures).
 */
export function CloserKpis() {
  const t = useT();
  const uid = useId();
  const { orgId, currency, locale, timezone } = useOrgFormat();
  const [period, setPeriod] = useState<KpiPeriod>({ preset: 'today', from: null, to: null });
  const [custom, setCustom] = useState({ open: false, from: '', to: '' });
  const [errors, setErrors] = useState<DateRangeErrors>({});
  const kpis = useQuery(closerKpisQuery(orgId, period));

  const serverError = kpis.isError ? toUserError(kpis.error) : null;
  const serverField = serverError?.field === 'from' || serverError?.field === 'to' ? serverError.field : null;

  function choose(preset: KpiPreset) {
    if (preset === 'custom') {
      setCustom((c) => ({ ...c, open: true }));
      return;
    }
    setCustom((c) => ({ ...c, open: false }));
    setErrors({});
    setPeriod({ preset, from: null, to: null });
  }

  function applyCustom(e: FormEvent) {
    e.preventDefault();
    const r = parseDateRange(custom.from, custom.to);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    setPeriod({ preset: 'custom', from: r.from, to: r.to });
  }

  const money = (n: number) => formatMoney(n, currency, locale);
  const rate = (f: KpiFigures) => formatRate(f.conversion_rate, locale);
  const activePreset = custom.open ? 'custom' : period.preset;
  const errorText = (field: 'from' | 'to') => (errors[field] ? t(errors[field]) : serverField === field ? (serverError?.message ?? null) : null);

  return (
    <section className="kpis stack" aria-labelledby={`${uid}-title`}>
      <div className="kpis-head">
        <h2 id={`${uid}-title`}>{t('sales.kpi.title')}</h2>
        <div role="group" aria-label={t('sales.kpi.period')} className="segmented">
          {KPI_PRESETS.map((p) => (
            <button key={p} type="button" className={p === activePreset ? 'segment active' : 'segment'} aria-pressed={p === activePreset} onClick={() => choose(p)}>
              {t(PRESET_LABEL[p])}
            </button>
          ))}
        </div>
      </div>

      {custom.open ? (
        <form className="filters" onSubmit={applyCustom} noValidate aria-label={t('sales.kpi.customPeriod')}>
          <div className="field">
            <label htmlFor={`${uid}-from`}>{t('sales.calls.from')}</label>
            <DateInput
              id={`${uid}-from`}
              value={custom.from}
              aria-invalid={errorText('from') ? true : undefined}
              aria-describedby={errorText('from') ? `${uid}-from-error` : undefined}
              onChange={(value) => setCustom((c) => ({ ...c, from: value }))}
            />
            {errorText('from') ? (
              <p id={`${uid}-from-error`} className="field-error">
                {errorText('from')}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${uid}-to`}>{t('sales.calls.to')}</label>
            <DateInput
              id={`${uid}-to`}
              value={custom.to}
              aria-invalid={errorText('to') ? true : undefined}
              aria-describedby={errorText('to') ? `${uid}-to-error` : undefined}
              onChange={(value) => setCustom((c) => ({ ...c, to: value }))}
            />
            {errorText('to') ? (
              <p id={`${uid}-to-error`} className="field-error">
                {errorText('to')}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button">
            {t('sales.kpi.apply')}
          </button>
        </form>
      ) : null}

      {kpis.isPending ? <Loading /> : null}
      {kpis.isError && !serverField ? <ErrorMessage error={kpis.error} onRetry={() => void kpis.refetch()} /> : null}
      {kpis.data ? (
        <>
          <p className="muted" aria-live="polite">
            {kpis.data.period.from === kpis.data.period.to
              ? formatDate(kpis.data.period.from, timezone, locale)
              : t('sales.kpi.range', { from: formatDate(kpis.data.period.from, timezone, locale), to: formatDate(kpis.data.period.to, timezone, locale) })}
          </p>
          <ul className="cards kpi-cards" aria-busy={kpis.isFetching}>
            <li>
              <p className="kpi-label">{t('sales.kpi.callsToday')}</p>
              <p className="kpi-value">{kpis.data.total.calls_today.toLocaleString(locale)}</p>
            </li>
            <li>
              <p className="kpi-label">{t('sales.kpi.calls')}</p>
              <p className="kpi-value">{kpis.data.total.calls.toLocaleString(locale)}</p>
            </li>
            <li>
              <p className="kpi-label">{t('sales.kpi.conversions')}</p>
              <p className="kpi-value">{kpis.data.total.conversions.toLocaleString(locale)}</p>
              <p className="muted small" data-testid="kpi-conversions-money">
                {t('money.ofConversions', {
                  offered: money(kpis.data.total.offered),
                  received: money(kpis.data.total.received),
                  due: money(kpis.data.total.due),
                  writtenOff: money(kpis.data.total.written_off),
                })}
              </p>
            </li>
            <li>
              <p className="kpi-label">{t('sales.kpi.conversionRate')}</p>
              <p className="kpi-value">{rate(kpis.data.total)}</p>
              <p className="muted small">
                {t('sales.kpi.rateOf', { converted: kpis.data.total.converted_of_calls, decided: kpis.data.total.decided })}
              </p>
            </li>
            <li>
              <p className="kpi-label">{t('sales.kpi.cashCollected')}</p>
              <p className="kpi-value">{money(kpis.data.total.cash_collected)}</p>
              {kpis.data.total.refunds > 0 ? <p className="muted small">{t('money.refundsOut', { amount: money(kpis.data.total.refunds) })}</p> : null}
            </li>
          </ul>
          {kpis.data.closers.length > 1 ? (
            <DataTable
              columns={closerKpisColumns({ t, locale, currency })}
              rows={kpis.data.closers}
              rowKey={(c) => c.closer_id}
              caption={t('sales.kpi.perCloser')}
              moreLabel={t('common.moreDetails')}
              busy={kpis.isFetching}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
