import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { Dialog } from '@/components/dialog';
import { FormMessage, useFieldError, useZodForm } from '@/components/form';
import { useToast } from '@/components/toast';
import { STAFF_ROLES, type StaffRole } from '@/domain/statuses';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import type { TeamMember } from '../api/get-team';
import { useSetMemberRoles } from '../api/set-member-roles';
import { rolesFormSchema } from '../forms/team-forms';
import { RolesFieldset } from './roles-fieldset';
import { teamError } from './team-errors';

/**
 * A member's staff roles, set exactly (a member role with its company is kept by the database).
 * Saving the roles they already have says so and sends nothing.
 */
export function RolesDialog({ member, onClose }: { member: TeamMember; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const save = useSetMemberRoles(organization.id);
  const form = useZodForm(rolesFormSchema, { roles: STAFF_ROLES.filter((r) => member.roles.includes(r)) as StaffRole[] });
  const [message, setMessage] = useState<string | null>(null);
  // Read while rendering: react-hook-form tracks isDirty only for a form that reads it.
  const { isDirty } = form.formState;
  const rolesError = useFieldError(form, 'roles');

  const onValid = form.handleSubmit(({ roles }) => {
    save.mutate(
      { userId: member.userId, roles },
      {
        onSuccess: () => {
          toast.success(t('team.roles.saved', { name: member.name }));
          onClose();
        },
        onError: (err) => {
          const u = teamError(t, err);
          if (u.field === 'roles') form.setError('roles', { type: 'server', message: u.message }, { shouldFocus: true });
          else setMessage(u.message);
        },
      },
    );
  });

  return (
    <Dialog open onClose={save.isPending ? () => undefined : onClose} title={t('team.roles.title', { name: member.name })} size="small" closeLabel={t('common.close')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (save.isPending) return;
          if (!isDirty) return setMessage(t('form.nothingToSave'));
          setMessage(null);
          void onValid(e);
        }}
      >
        <FormMessage message={message} />
        <Controller
          control={form.control}
          name="roles"
          render={({ field }) => (
            <RolesFieldset
              legend={t('team.members.roles')}
              value={field.value}
              error={rolesError}
              inputRef={field.ref}
              onChange={(r) => {
                field.onChange(r);
                setMessage(null);
              }}
            />
          )}
        />
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
