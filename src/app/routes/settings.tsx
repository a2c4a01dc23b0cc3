import { SettingsForm } from '@/features/organizations/components/settings-form';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';

export default function Component() {
  const t = useT();
  const { organization } = useCurrentOrg();
  return (
    <section className="page stack">
      <div className="page-header">
        <div>
          <h1 id="settings-title">{t('settings.title')}</h1>
          <p className="muted">{t('settings.subtitle', { org: organization.name })}</p>
        </div>
      </div>
      <SettingsForm />
    </section>
  );
}
