import { useMemo, useState } from 'react';
import { FormField, FormMessage, useZodForm } from '@/components/form';
import { useToast } from '@/components/toast';
import { useCurrentOrg } from '@/lib/current-org';
import { toUserError } from '@/lib/errors';
import { loadCatalog, translate, useT } from '@/lib/i18n';
import { toLocale } from '@/domain/labels';
import { useUpdateOrganizationSettings } from '../api/update-organization-settings';
import { CALL_WAIT_TARGET_RANGE, SUPPORTED_CURRENCIES, settingsSchema, timeZones, type SettingsInput } from '../forms/team-forms';
import './organizations.css';

type FieldName = keyof SettingsInput;
/** The database names a field `call_wait_target_minutes`; the form calls it callWaitTargetMinutes. */
const fromDbField: Record<string, FieldName> = { name: 'name', timezone: 'timezone', currency: 'currency', locale: 'locale', call_wait_target_minutes: 'callWaitTargetMinutes' };

/**
 * Name, timezone, currency, language and call-wait target of the current organization (admins).
 * Saving with nothing changed says so and sends nothing.
 */
export function SettingsForm() {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const save = useUpdateOrganizationSettings();
  const zones = useMemo(() => {
    const all = timeZones();
    return all.includes(organization.timezone) ? all : [organization.timezone, ...all];
  }, [organization.timezone]);
  const form = useZodForm(settingsSchema, {
    name: organization.name,
    timezone: organization.timezone,
    currency: organization.currency,
    locale: organization.locale as SettingsInput['locale'],
    callWaitTargetMinutes: String(organization.call_wait_target_minutes),
  });
  const [message, setMessage] = useState<string | null>(null);
  // Read while rendering: react-hook-form tracks isDirty only for a form that reads it.
  const { isDirty } = form.formState;
  const currency = form.watch('currency');

  const onValid = form.handleSubmit((args) => {
    const saved = form.getValues();
    save.mutate(
      { ...args, p_organization_id: organization.id },
      {
        // The confirmation reads in the language just chosen (its catalogue loads on demand).
        onSuccess: async () => {
          form.reset(saved);
          const locale = toLocale(args.p_locale);
          await loadCatalog(locale).catch(() => undefined);
          toast.success(translate(locale, 'settings.saved'));
        },
        onError: (err) => {
          const u = toUserError(err);
          const field = u.field ? fromDbField[u.field] : undefined;
          if (field) form.setError(field, { type: 'server', message: u.message }, { shouldFocus: true });
          else setMessage(u.message);
        },
      },
    );
  });

  return (
    <form
      className="settings-form"
      noValidate
      aria-labelledby="settings-title"
      onChange={() => setMessage(null)}
      onSubmit={(e) => {
        e.preventDefault();
        if (save.isPending) return;
        if (!isDirty) return setMessage(t('form.nothingToSave'));
        setMessage(null);
        void onValid(e);
      }}
    >
      <FormMessage message={message} />
      <FormField form={form} name="name" label={t('settings.name')} required>
        {(p) => <input {...p} maxLength={400} autoComplete="organization" {...form.register('name')} />}
      </FormField>
      <FormField form={form} name="timezone" label={t('settings.timezone')} hint={t('settings.timezoneHint')} required>
        {(p) => (
          <select {...p} {...form.register('timezone')}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField form={form} name="currency" label={t('settings.currency')} hint={t('settings.currencyHint')} required>
        {(p) => (
          <select {...p} {...form.register('currency')}>
            {(SUPPORTED_CURRENCIES.includes(currency) ? SUPPORTED_CURRENCIES : [currency, ...SUPPORTED_CURRENCIES]).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField form={form} name="locale" label={t('settings.locale')} required>
        {(p) => (
          <select {...p} {...form.register('locale')}>
            <option value="en">{t('settings.locale.en')}</option>
            <option value="pt-BR">{t('settings.locale.ptBR')}</option>
          </select>
        )}
      </FormField>
      <FormField form={form} name="callWaitTargetMinutes" label={t('settings.wait')} hint={t('settings.waitHint', { min: CALL_WAIT_TARGET_RANGE.min, max: CALL_WAIT_TARGET_RANGE.max })} required>
        {(p) => <input {...p} type="number" inputMode="numeric" min={CALL_WAIT_TARGET_RANGE.min} max={CALL_WAIT_TARGET_RANGE.max} step={1} {...form.register('callWaitTargetMinutes')} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
