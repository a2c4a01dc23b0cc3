import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Field } from '@/components/field';
import { useToast } from '@/components/toast';
import { formatDateTime } from '@/domain/dates';
import { toLocale } from '@/domain/labels';
import { env } from '@/lib/env';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import { useCurrentOrg } from '@/lib/current-org';
import { calendlyStatusQuery, calendlyWebhookUrl, useSetCalendlyKey } from '../api/calendly-settings';

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
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const url = calendlyWebhookUrl(env.supabaseUrl || window.location.origin, organization.id);

  const submit = async (value: string) => {
    const clean = value.trim();
    if (value && (clean.length < 16 || clean.length > 500 || /\s/.test(clean))) {
      setError(t('calls.calendly.error.shape'));
      return;
    }
    setError(null);
    try {
      const r = await save.mutateAsync(clean);
      setKey('');
      toast.success(t(r.configured ? 'calls.calendly.saved' : 'calls.calendly.removed'));
    } catch (err) {
      setError(toUserError(err).message);
    }
  };

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
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(key);
        }}
      >
        <Field label={t('calls.calendly.key')} error={error} hint={t('calls.calendly.keyHint')}>
          <input type="password" autoComplete="new-password" value={key} onChange={(e) => setKey(e.target.value)} />
        </Field>
        <div className="dialog-actions">
          {status.data?.configured ? (
            <button type="button" className="button secondary" disabled={save.isPending} onClick={() => void submit('')}>
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
