import { useId, useRef, useState } from 'react';
import { DateInput, TimeInput } from '@/components/date-input';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { Field } from '@/components/field';
import { useToast } from '@/components/toast';
import { todayIn, zonedParts, timezoneLabel } from '@/domain/dates';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import { useCurrentOrg } from '@/lib/current-org';
import { toLocale } from '@/domain/labels';
import { useBookCall } from '../api/call-writes';
import { closerOptionsQuery, phoneCountryQuery } from '../api/get-closer-options';
import { bookCallSchema, type BookCallFormValues } from '../forms/book-call-form';
import { tr } from './tr';

const EMPTY: BookCallFormValues = { email: '', phone: '', full_name: '', closer_id: '', scheduled_date: '', scheduled_time: '', remarks: '' };

/** Book a call: the lead by email or phone (found, or created with the name), a closer or none, local date and time. */
export function BookCallDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const uid = useId();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const orgId = organization.id;
  const closers = useQuery(closerOptionsQuery(orgId));
  const country = useQuery(phoneCountryQuery(orgId));
  const book = useBookCall(orgId);
  const [values, setValues] = useState<BookCallFormValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof BookCallFormValues, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const saving = useRef(false);
  const set = (k: keyof BookCallFormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  const submit = async () => {
    if (saving.current) return;
    const now = zonedParts(new Date(), organization.timezone);
    const parsed = bookCallSchema(orgId, country.data ?? null, todayIn(organization.timezone), `${now.hour}:${now.minute}`).safeParse(values);
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const i of parsed.error.issues) {
        const k = i.path[0] as keyof BookCallFormValues;
        next[k] ??= i.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setFormError(null);
    saving.current = true;
    try {
      const r = await book.mutateAsync(parsed.data);
      toast.success(t(r.lead_created ? 'calls.book.bookedNewLead' : 'calls.book.booked', { name: r.lead.full_name }));
      onClose();
    } catch (err) {
      const e = toUserError(err);
      if (e.field && e.field in EMPTY) setErrors({ [e.field]: e.message });
      else setFormError(e.message);
    } finally {
      saving.current = false;
    }
  };

  const err = (k: keyof BookCallFormValues) => {
    const e = errors[k];
    return e ? tr(t, e) : null;
  };
  return (
    <Dialog open onClose={onClose} title={t('calls.book.title')} description={t('calls.book.description')} closeLabel={t('common.close')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <Field label={t('calls.field.email')} error={err('email')} hint={t('calls.book.contactHint')}>
            <input type="email" autoComplete="off" value={values.email} onChange={set('email')} />
          </Field>
          <Field label={t('calls.field.phone')} error={err('phone')} hint={country.data ? t('calls.book.phoneHint', { country: country.data }) : t('calls.book.phoneHintNoCountry')}>
            <input type="tel" autoComplete="off" value={values.phone} onChange={set('phone')} />
          </Field>
          <Field label={t('calls.field.name')} error={err('full_name')} hint={t('calls.book.nameHint')}>
            <input type="text" value={values.full_name} onChange={set('full_name')} maxLength={200} />
          </Field>
          <Field label={t('calls.field.closer')} error={err('closer_id')}>
            <select value={values.closer_id} onChange={set('closer_id')}>
              <option value="">{t('calls.unassigned')}</option>
              {(closers.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('calls.field.date')} error={err('scheduled_date')} required hint={t('calls.book.inTimezone', { zone: timezoneLabel(organization.timezone, toLocale(locale)) })}>
            <DateInput invalidAs="text" value={values.scheduled_date} onChange={(value) => set('scheduled_date')({ target: { value } })} />
          </Field>
          <Field label={t('calls.field.time')} error={err('scheduled_time')}>
            <TimeInput invalidAs="text" value={values.scheduled_time} onChange={(value) => set('scheduled_time')({ target: { value } })} />
          </Field>
          <Field label={t('calls.field.remarks')} error={err('remarks')} className="span-all">
            <textarea id={`${uid}-remarks`} rows={2} value={values.remarks} onChange={set('remarks')} maxLength={4000} />
          </Field>
        </div>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={book.isPending}>
            {book.isPending ? t('common.saving') : t('calls.book.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
