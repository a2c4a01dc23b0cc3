import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { Dialog } from '@/components/dialog';
import { FormField, FormMessage, useFieldError, useZodForm } from '@/components/form';
import { useToast } from '@/components/toast';
import type { StaffRole } from '@/domain/statuses';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { useInviteMember } from '../api/invite-member';
import { inviteSchema } from '../forms/team-forms';
import { RolesFieldset } from './roles-fieldset';
import { teamError } from './team-errors';

/** Email + roles; sent through the invite-member Edge Function. */
export function InviteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const invite = useInviteMember(organization.id);
  const form = useZodForm(inviteSchema, { email: '', roles: ['closer'] as StaffRole[] });
  const rolesError = useFieldError(form, 'roles');
  const [message, setMessage] = useState<string | null>(null);

  const onValid = form.handleSubmit((values) => {
    setMessage(null);
    invite.mutate(values, {
      onSuccess: (answer) => {
        if (answer.existing_user) toast.success(t('team.invite.existing', { email: values.email, url: `${window.location.origin}/accept-invitation` }));
        else toast.success(t('team.invite.sent', { email: values.email }));
        onClose();
      },
      onError: (err) => {
        const u = teamError(t, err);
        if (u.field === 'email' || u.field === 'roles') form.setError(u.field, { type: 'server', message: u.message }, { shouldFocus: true });
        else setMessage(u.message);
      },
    });
  });

  return (
    <Dialog open onClose={invite.isPending ? () => undefined : onClose} title={t('team.invite.title', { org: organization.name })} closeLabel={t('common.close')}>
      <form
        noValidate
        onChange={() => setMessage(null)}
        onSubmit={(e) => {
          if (invite.isPending) return e.preventDefault();
          void onValid(e);
        }}
      >
        <FormMessage message={message} />
        <FormField form={form} name="email" label={t('team.invite.email')} required>
          {(p) => <input {...p} type="email" autoComplete="off" {...form.register('email')} />}
        </FormField>
        <Controller
          control={form.control}
          name="roles"
          render={({ field }) => <RolesFieldset legend={t('team.invite.roles')} value={field.value} error={rolesError} inputRef={field.ref} onChange={field.onChange} />}
        />
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose} disabled={invite.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={invite.isPending}>
            {invite.isPending ? t('team.invite.sending') : t('team.invite.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
