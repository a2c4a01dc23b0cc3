import { useId } from 'react';
import { FieldError } from '@/components/field';
import { MEMBERSHIP_ROLE_LABELS, labelOf } from '@/domain/labels';
import { STAFF_ROLES, type StaffRole } from '@/domain/statuses';
import { useLocale, useT } from '@/lib/i18n';

/** The staff roles as checkboxes (one or more), with the error under them. */
export function RolesFieldset({ value, onChange, error, legend }: { value: StaffRole[]; onChange: (roles: StaffRole[]) => void; error?: string | null; legend: string }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <fieldset className="roles-fieldset" aria-describedby={error ? `${id}-error` : `${id}-hint`} aria-invalid={error ? true : undefined}>
      <legend className="field-label">{legend}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('team.invite.rolesHint')}
      </p>
      <div className="roles-options">
        {STAFF_ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={value.includes(role)}
              onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
            />
            {labelOf(MEMBERSHIP_ROLE_LABELS, locale, role)}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
