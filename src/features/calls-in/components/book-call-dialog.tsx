import { Controller } from 'react-hook-form';
import { DateInput, TimeInput } from '@/components/date-input';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { FormField, showServerError, useZodForm } from '@/components/form';
import { useToast } from '@/components/toast';
import { todayIn, zonedParts, timezoneLabel } from '@/domain/dates';
import { useT } from '@/lib/i18n';
import { useCurrentOrg } from '@/lib/current-org';
import { toLocale } from '@/domain/labels';
import { useBookCall } from '../api/call-writes';
import { closerOptionsQuery, phoneCountryQuery } from '../api/get-closer-options';
import { bookCallSchema, type BookCallFormValues } from '../forms/book-call-form';

const EMPTY: BookCallFormValues = { email: '', phone: '', full_name: '', closer_id: '', scheduled_date: '', scheduled_time: '', remarks: '' };

/**
 * Book a call: the lead by email or phone (found, or created with the name), a closer or none,
 * local date and time. Errors show next to their fields (the first one focused); a refusal
 * naming a field goes to it.
 */
export function BookCallDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const orgId = organization.id;
  const closers = useQuery(closerOptionsQuery(orgId));
  const country = useQuery(phoneCountryQuery(orgId));
  const book = useBookCall(orgId);
  const now = zonedParts(new Date(), organization.timezone);
  const form = useZodForm(bookCallSchema(orgId, country.data ?? null, todayIn(organization.timezone), `${now.hour}:${now.minute}`), EMPTY);

  const onSubmit = form.handleSubmit((args) => {
    if (book.isPending || country.isPending) return;
    book.mutate(args, {
      onSuccess: (r) => {
        toast.success(t(r.lead_created ? 'calls.book.bookedNewLead' : 'calls.book.booked', { name: r.lead.full_name }));
        onClose();
      },
      onError: (err) => showServerError(form, err, toast),
    });
  });

  return (
    <Dialog open onClose={onClose} title={t('calls.book.title')} description={t('calls.book.description')} closeLabel={t('common.close')}>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="form-grid">
          <FormField form={form} name="email" label={t('calls.field.email')} hint={t('calls.book.contactHint')}>
            {(p) => <input {...p} type="email" autoComplete="off" {...form.register('email')} />}
          </FormField>
          <FormField
            form={form}
            name="phone"
            label={t('calls.field.phone')}
            hint={country.data ? t('calls.book.phoneHint', { country: country.data }) : t('calls.book.phoneHintNoCountry')}
          >
            {(p) => <input {...p} type="tel" autoComplete="off" {...form.register('phone')} />}
          </FormField>
          <FormField form={form} name="full_name" label={t('calls.field.name')} hint={t('calls.book.nameHint')}>
            {(p) => <input {...p} type="text" maxLength={200} {...form.register('full_name')} />}
          </FormField>
          <FormField form={form} name="closer_id" label={t('calls.field.closer')}>
            {(p) => (
              <select {...p} {...form.register('closer_id')}>
                <option value="">{t('calls.unassigned')}</option>
                {(closers.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            form={form}
            name="scheduled_date"
            label={t('calls.field.date')}
            required
            hint={t('calls.book.inTimezone', { zone: timezoneLabel(organization.timezone, toLocale(locale)) })}
          >
            {(p) => <Controller control={form.control} name="scheduled_date" render={({ field }) => <DateInput invalidAs="text" {...p} {...field} />} />}
          </FormField>
          <FormField form={form} name="scheduled_time" label={t('calls.field.time')}>
            {(p) => <Controller control={form.control} name="scheduled_time" render={({ field }) => <TimeInput invalidAs="text" {...p} {...field} />} />}
          </FormField>
          <FormField form={form} name="remarks" label={t('calls.field.remarks')} className="span-all">
            {(p) => <textarea {...p} rows={2} maxLength={4000} {...form.register('remarks')} />}
          </FormField>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {/* A phone without a country code is read in the organization's country: wait for it. */}
          <button type="submit" className="button primary" disabled={book.isPending || country.isPending}>
            {book.isPending ? t('common.saving') : t('calls.book.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
