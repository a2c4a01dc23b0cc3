import { useCallback, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { formatCount } from '@/components/pagination';
import { callRequestCountsQuery } from '../api/get-call-request-counts';
import { PendingList } from './pending-list';
import { ResolvedList } from './resolved-list';
import { DeskMetrics } from './desk-metrics';
import { Tabs } from '@/components/tabs';
import { unseenFrom, useAcknowledge, useSoundPreference, useTitleAlert } from './call-alert';
import './call-requests.css';

type Tab = 'pending' | 'resolved';
const TABS: Tab[] = ['pending', 'resolved'];

export function CallRequestsPage() {
  const t = useT();
  const { organization, locale } = useCurrentOrg();
  const [tab, setTab] = useState<Tab>('pending');
  // The database's clock: new requests are those created after the last acknowledged answer.
  const [since, setSince] = useState<string | null>(null);
  const counts = useQuery(callRequestCountsQuery(organization.id, since));
  const [sound, setSound] = useSoundPreference();

  const asOf = counts.data?.as_of ?? null;
  if (since === null && asOf !== null) setSince(asOf);
  const unseen = unseenFrom(counts.data, since, counts.isPlaceholderData);
  useTitleAlert(t('callRequests.title'), unseen, sound);
  const acknowledge = useCallback(() => {
    if (asOf) setSince(asOf);
  }, [asOf]);
  useAcknowledge(unseen > 0, acknowledge);

  const countOf = (id: Tab) =>
    counts.data ? (id === 'pending' ? formatCount(counts.data.pending, locale) : formatCount(counts.data.resolved, locale, counts.data.resolved_capped)) : null;

  return (
    <section className="page call-requests stack">
      <div className="page-head">
        <h1>{t('callRequests.title')}</h1>
        <label className="checkbox sound-toggle">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} /> {t('callRequests.sound')}
        </label>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {unseen > 0 ? t('callRequests.newRequests', { count: unseen }) : ''}
      </p>
      {/* The queue first: on a phone the first waiting member is on the first screen; the desk's figures follow. */}
      <Tabs
        label={t('callRequests.title')}
        value={tab}
        onValueChange={(id) => setTab(id === 'resolved' ? 'resolved' : 'pending')}
        items={TABS.map((id) => {
          const n = countOf(id);
          return {
            id,
            label: (
              <>
                {t(id === 'pending' ? 'callRequests.tab.pending' : 'callRequests.tab.resolved')}
                {n !== null ? <span className="tab-count">{n}</span> : null}
              </>
            ),
            content: id === 'pending' ? <PendingList /> : <ResolvedList />,
          };
        })}
      />
      <DeskMetrics />
    </section>
  );
}
