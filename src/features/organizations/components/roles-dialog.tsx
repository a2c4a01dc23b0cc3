import { useState, type FormEvent } from 'react';
import { Dialog } from '@/components/dialog';
import { useToast } from '@/components/toast';
import { STAFF_ROLES, type StaffRole } from '@/domain/statuses';
import { useCurrentOrg } from '@/lib/current-org';
import { useT, type MessageKey } from '@/lib/i18n';
import type { TeamMember } from '../api/get-team';
import { useSetMemberRoles } from '../api/set-member-roles';
import { staffRolesSchema } from '../forms/team-forms';
import { RolesFieldset } from './roles-fieldset';
import { teamError } from './team-errors';

const isStaff = (r: string): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r);

/** A member's staff roles, set exactly (a member role with its company is kept by the database). */
export function RolesDialog({ member, onClose }: { member: TeamMember; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const save = useSetMemberRoles(organization.id);
  const [roles, setRoles] = useState<StaffRole[]>(member.roles.filter(isStaff));
  const [error, setError] = useState<{ roles?: string; form?: string }>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    const parsed = staffRolesSchema.safeParse(roles);
    if (!parsed.success) return setError({ roles: t((parsed.error.issues[0]?.message ?? 'team.form.rolesRequired') as MessageKey) });
    save.mutate(
      { userId: member.userId, roles: parsed.data },
      {
        onSuccess: () => {
          toast.success(t('team.roles.saved', { name: member.name }));
          onClose();
        },
        onError: (err) => {
          const u = teamError(t, err);
          setError(u.field === 'roles' ? { roles: u.message } : { form: u.message });
        },
      },
    );
  }

  return (
    <Dialog open onClose={save.isPending ? () => undefined : onClose} title={t('team.roles.title', { name: member.name })} size="small" closeLabel={t('common.close')}>
      <form noValidate onSubmit={submit}>
        {error.form ? (
          <p className="form-error" role="alert">
            {error.form}
          </p>
        ) : null}
        <RolesFieldset
          legend={t('team.members.roles')}
          value={roles}
          error={error.roles}
          onChange={(r) => {
            setRoles(r);
            setError({});
          }}
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
