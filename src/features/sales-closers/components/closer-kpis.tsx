import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useFieldError, useZodForm } from '@/components/form';
import { DateInput } from '@/components/date-input';
import { useQuery } from '@tanstack/react-query';
import { useT, type MessageKey } from '@/lib/i18n';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import { dateRangeSchema } from '@/domain/date-range';
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
  const [customOpen, setCustomOpen] = useState(false);
  // The custom period: both dates, From on or before To, checked on Apply (errors next to the
  // dates, the first focused); the database's refusal of a date shows next to it too.
  const form = useZodForm(dateRangeSchema, { from: '', to: '' });
  const fromError = useFieldError(form, 'from');
  const toError = useFieldError(form, 'to');
  const kpis = useQuery(closerKpisQuery(orgId, period));

  const serverError = kpis.isError ? toUserError(kpis.error) : null;
  const serverField = serverError?.field === 'from' || serverError?.field === 'to' ? serverError.field : null;

  function choose(preset: KpiPreset) {
    if (preset === 'custom') {
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    form.clearErrors();
    setPeriod({ preset, from: null, to: null });
  }

  const applyCustom = form.handleSubmit((r) => setPeriod({ preset: 'custom', from: r.from, to: r.to }));

  const money = (n: number) => formatMoney(n, currency, locale);
  const rate = (f: KpiFigures) => formatRate(f.conversion_rate, locale);
  const activePreset = customOpen ? 'custom' : period.preset;
  const errors = { from: fromError, to: toError };
  const errorText = (field: 'from' | 'to') => errors[field] ?? (serverField === field ? (serverError?.message ?? null) : null);

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

      {customOpen ? (
        <form className="filters" onSubmit={(e) => void applyCustom(e)} noValidate aria-label={t('sales.kpi.customPeriod')}>
          <div className="field">
            <label htmlFor={`${uid}-from`}>{t('sales.calls.from')}</label>
            <Controller
              control={form.control}
              name="from"
              render={({ field }) => (
                <DateInput
                  {...field}
                  id={`${uid}-from`}
                  aria-invalid={errorText('from') ? true : undefined}
                  aria-describedby={errorText('from') ? `${uid}-from-error` : undefined}
                />
              )}
            />
            {errorText('from') ? (
              <p id={`${uid}-from-error`} className="field-error" role="alert">
                {errorText('from')}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${uid}-to`}>{t('sales.calls.to')}</label>
            <Controller
              control={form.control}
              name="to"
              render={({ field }) => (
                <DateInput
                  {...field}
                  id={`${uid}-to`}
                  aria-invalid={errorText('to') ? true : undefined}
                  aria-describedby={errorText('to') ? `${uid}-to-error` : undefined}
                />
              )}
            />
            {errorText('to') ? (
              <p id={`${uid}-to-error`} className="field-error" role="alert">
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
