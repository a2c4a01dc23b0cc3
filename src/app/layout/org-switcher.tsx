import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { orgPath, rememberLastOrg } from '@/app/access';
import type { OrganizationMembership } from '@/lib/memberships';
import { useT } from '@/lib/i18n';

/** For people in several organizations; switching lands on the new organization's default page. */
export function OrgSwitcher({ memberships, currentId }: { memberships: OrganizationMembership[]; currentId: string }) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  if (memberships.length < 2) return null;
  return (
    <div className="org-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('nav.organization')}
      </label>
      <select
        id={id}
        value={currentId}
        onChange={(event) => {
          const next = memberships.find((m) => m.organization.id === event.target.value);
          if (!next) return;
          rememberLastOrg(next.organization.id);
          navigate(orgPath(next.organization.id));
        }}
      >
        {memberships.map((m) => (
          <option key={m.organization.id} value={m.organization.id}>
            {m.organization.name}
          </option>
        ))}
      </select>
    </div>
  );
}
