import { useQuery } from '@tanstack/react-query';
import { FormField, useZodForm } from '@/components/form';
import { useToast } from '@/components/toast';
import { formatDateTime } from '@/domain/dates';
import { toLocale } from '@/domain/labels';
import { env } from '@/lib/env';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import { useCurrentOrg } from '@/lib/current-org';
import { calendlyStatusQuery, calendlyWebhookUrl, useSetCalendlyKey } from '../api/calendly-settings';
import { calendlyKeySchema } from '../forms/call-action-forms';

/**
 * Admins connect Calendly: the webhook URL to paste there, and the signing key Calendly shows,
 * which is stored write-only (this card can replace or remove it, never show it).
 */
export function CalendlyCard() {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const status = useQuery(calendlyStatusQuery(organization.id));
  const save = useSetCalendlyKey(organization.id);
  const form = useZodForm(calendlyKeySchema, { key: '' });
  const key = form.watch('key');
  const url = calendlyWebhookUrl(env.supabaseUrl || window.location.origin, organization.id);

  /** Stores `value` as the key ('' removes it); a refusal shows under the key field. */
  const store = (value: string) => {
    if (save.isPending) return;
    save.mutate(value, {
      onSuccess: (r) => {
        form.reset({ key: '' });
        toast.success(t(r.configured ? 'calls.calendly.saved' : 'calls.calendly.removed'));
      },
      onError: (err) => form.setError('key', { type: 'server', message: toUserError(err).message }, { shouldFocus: true }),
    });
  };
  const onSubmit = form.handleSubmit(({ key: clean }) => store(clean));

  return (
    <section className="card calendly-card" aria-labelledby="calendly-title">
      <h2 id="calendly-title">{t('calls.calendly.title')}</h2>
      <p className="muted">{t('calls.calendly.intro')}</p>
      <p>
        <span className="strong">{t('calls.calendly.url')}</span>
        <br />
        <code className="break-all">{url}</code>
      </p>
      <p aria-live="polite">
        {status.data?.configured
          ? t('calls.calendly.configured', {
              when: status.data.updated_at ? formatDateTime(status.data.updated_at, organization.timezone, toLocale(locale)) : '—',
              who: status.data.updated_by_name ?? '—',
            })
          : status.isSuccess
            ? t('calls.calendly.notConfigured')
            : null}
      </p>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <FormField form={form} name="key" label={t('calls.calendly.key')} hint={t('calls.calendly.keyHint')}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('key')} />}
        </FormField>
        <div className="dialog-actions">
          {status.data?.configured ? (
            <button type="button" className="button secondary" disabled={save.isPending} onClick={() => store('')}>
              {t('calls.calendly.remove')}
            </button>
          ) : null}
          <button type="submit" className="button primary" disabled={save.isPending || !key.trim()}>
            {save.isPending ? t('common.saving') : t('calls.calendly.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
