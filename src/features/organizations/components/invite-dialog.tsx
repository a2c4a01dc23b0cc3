import { useState, type FormEvent } from 'react';
import { Dialog } from '@/components/dialog';
import { Field } from '@/components/field';
import { useToast } from '@/components/toast';
import type { StaffRole } from '@/domain/statuses';
import { useCurrentOrg } from '@/lib/current-org';
import { useT, type MessageKey } from '@/lib/i18n';
import { useInviteMember } from '../api/invite-member';
import { inviteSchema } from '../forms/team-forms';
import { RolesFieldset } from './roles-fieldset';
import { teamError } from './team-errors';

type Errors = { email?: string; roles?: string; form?: string };

/** Email + roles; sent through the invite-member Edge Function. */
export function InviteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const invite = useInviteMember(organization.id);
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>(['closer']);
  const [errors, setErrors] = useState<Errors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    if (invite.isPending) return;
    const parsed = inviteSchema.safeParse({ email, roles });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const k = String(issue.path[0]) as 'email' | 'roles';
        next[k] ??= t(issue.message as MessageKey);
      }
      return setErrors(next);
    }
    invite.mutate(parsed.data, {
      onSuccess: (answer) => {
        if (answer.existing_user) toast.success(t('team.invite.existing', { email: parsed.data.email, url: `${window.location.origin}/accept-invitation` }));
        else toast.success(t('team.invite.sent', { email: parsed.data.email }));
        onClose();
      },
      onError: (err) => {
        const u = teamError(t, err);
        if (u.field === 'email' || u.field === 'roles') setErrors({ [u.field]: u.message });
        else setErrors({ form: u.message });
      },
    });
  }

  return (
    <Dialog open onClose={invite.isPending ? () => undefined : onClose} title={t('team.invite.title', { org: organization.name })} closeLabel={t('common.close')}>
      <form noValidate onSubmit={submit}>
        {errors.form ? (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <Field label={t('team.invite.email')} error={errors.email} required>
          <input
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              setErrors((x) => ({ ...x, email: undefined, form: undefined }));
            }}
          />
        </Field>
        <RolesFieldset
          legend={t('team.invite.roles')}
          value={roles}
          error={errors.roles}
          onChange={(r) => {
            setRoles(r);
            setErrors((x) => ({ ...x, roles: undefined, form: undefined }));
          }}
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
