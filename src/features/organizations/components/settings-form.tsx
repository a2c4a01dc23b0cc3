import { useMemo, useState, type FormEvent } from 'react';
import { Field } from '@/components/field';
import { useToast } from '@/components/toast';
import { useCurrentOrg } from '@/lib/current-org';
import { toUserError } from '@/lib/errors';
import { loadCatalog, translate, useT, type MessageKey } from '@/lib/i18n';
import { toLocale } from '@/domain/labels';
import { useUpdateOrganizationSettings } from '../api/update-organization-settings';
import { CALL_WAIT_TARGET_RANGE, SUPPORTED_CURRENCIES, settingsSchema, timeZones, type SettingsInput } from '../forms/team-forms';
import './organizations.css';

type FieldName = 'name' | 'timezone' | 'currency' | 'locale' | 'callWaitTargetMinutes';
/** The database names a field `call_wait_target_minutes`; the form calls it callWaitTargetMinutes. */
const fromDbField: Record<string, FieldName> = { name: 'name', timezone: 'timezone', currency: 'currency', locale: 'locale', call_wait_target_minutes: 'callWaitTargetMinutes' };

/** Name, timezone, currency, language and call-wait target of the current organization (admins). */
export function SettingsForm() {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const save = useUpdateOrganizationSettings();
  const zones = useMemo(() => {
    const all = timeZones();
    return all.includes(organization.timezone) ? all : [organization.timezone, ...all];
  }, [organization.timezone]);
  const initial: SettingsInput = {
    name: organization.name,
    timezone: organization.timezone,
    currency: organization.currency,
    locale: organization.locale as SettingsInput['locale'],
    callWaitTargetMinutes: String(organization.call_wait_target_minutes),
  };
  const [v, setV] = useState<SettingsInput>(initial);
  const [errors, setErrors] = useState<Partial<Record<FieldName | 'form', string>>>({});
  const set = (k: FieldName, value: string) => {
    setV((x) => ({ ...x, [k]: value }));
    setErrors((e) => ({ ...e, [k]: undefined, form: undefined }));
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const parsed = settingsSchema.safeParse(v);
    if (!parsed.success) {
      const next: Partial<Record<FieldName, string>> = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as FieldName] ??= t(issue.message as MessageKey);
      return setErrors(next);
    }
    save.mutate(
      { ...parsed.data, p_organization_id: organization.id },
      {
        // The confirmation reads in the language just chosen (its catalogue loads on demand).
        onSuccess: async () => {
          const locale = toLocale(parsed.data.p_locale);
          await loadCatalog(locale).catch(() => undefined);
          toast.success(translate(locale, 'settings.saved'));
        },
        onError: (err) => {
          const u = toUserError(err);
          const field = u.field ? fromDbField[u.field] : undefined;
          setErrors(field ? { [field]: u.message } : { form: u.message });
        },
      },
    );
  }

  return (
    <form className="settings-form" noValidate onSubmit={submit} aria-labelledby="settings-title">
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <Field label={t('settings.name')} error={errors.name} required>
        <input value={v.name} maxLength={400} onChange={(e) => set('name', e.target.value)} autoComplete="organization" />
      </Field>
      <Field label={t('settings.timezone')} hint={t('settings.timezoneHint')} error={errors.timezone} required>
        <select value={v.timezone} onChange={(e) => set('timezone', e.target.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('settings.currency')} hint={t('settings.currencyHint')} error={errors.currency} required>
        <select value={v.currency} onChange={(e) => set('currency', e.target.value)}>
          {(SUPPORTED_CURRENCIES.includes(v.currency) ? SUPPORTED_CURRENCIES : [v.currency, ...SUPPORTED_CURRENCIES]).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('settings.locale')} error={errors.locale} required>
        <select value={v.locale} onChange={(e) => set('locale', e.target.value)}>
          <option value="en">{t('settings.locale.en')}</option>
          <option value="pt-BR">{t('settings.locale.ptBR')}</option>
        </select>
      </Field>
      <Field label={t('settings.wait')} hint={t('settings.waitHint', { min: CALL_WAIT_TARGET_RANGE.min, max: CALL_WAIT_TARGET_RANGE.max })} error={errors.callWaitTargetMinutes} required>
        <input
          type="number"
          inputMode="numeric"
          min={CALL_WAIT_TARGET_RANGE.min}
          max={CALL_WAIT_TARGET_RANGE.max}
          step={1}
          value={v.callWaitTargetMinutes}
          onChange={(e) => set('callWaitTargetMinutes', e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
