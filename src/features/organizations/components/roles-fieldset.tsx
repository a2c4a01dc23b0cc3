import { useId, type Ref } from 'react';
import { FieldError } from '@/components/field';
import { MEMBERSHIP_ROLE_LABELS, labelOf } from '@/domain/labels';
import { STAFF_ROLES, type StaffRole } from '@/domain/statuses';
import { useLocale, useT } from '@/lib/i18n';

/**
 * The staff roles as checkboxes (one or more), with the error under them. The roles are handed
 * on in STAFF_ROLES order, so unticking and ticking one again is no change. `inputRef` is the
 * first checkbox (a form focuses it when the roles are refused).
 */
export function RolesFieldset({
  value,
  onChange,
  error,
  legend,
  inputRef,
}: {
  value: StaffRole[];
  onChange: (roles: StaffRole[]) => void;
  error?: string | null;
  legend: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
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
        {STAFF_ROLES.map((role, i) => (
          <label key={role} className="checkbox">
            <input
              ref={i === 0 ? inputRef : undefined}
              type="checkbox"
              name="roles"
              value={role}
              checked={value.includes(role)}
              onChange={(e) => onChange(STAFF_ROLES.filter((r) => (r === role ? e.target.checked : value.includes(r))))}
            />
            {labelOf(MEMBERSHIP_ROLE_LABELS, locale, role)}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
