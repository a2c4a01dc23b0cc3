import { useState, type KeyboardEvent } from 'react';
import { useT } from '@/lib/i18n';
import { PendingList } from './pending-list';
import { ResolvedList } from './resolved-list';
import './call-requests.css';

type Tab = 'pending' | 'resolved';
const TABS: Tab[] = ['pending', 'resolved'];

export function CallRequestsPage() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('pending');

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length] ?? 'pending';
    setTab(next);
    document.getElementById(`call-tab-${next}`)?.focus();
  }

  return (
    <section className="page call-requests">
      <h1>{t('callRequests.title')}</h1>
      <div role="tablist" aria-label={t('callRequests.title')} className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`call-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`call-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'tab active' : 'tab'}
            onClick={() => setTab(id)}
          >
            {t(id === 'pending' ? 'callRequests.tab.pending' : 'callRequests.tab.resolved')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`call-panel-${tab}`} aria-labelledby={`call-tab-${tab}`} tabIndex={0}>
        {tab === 'pending' ? <PendingList /> : <ResolvedList />}
      </div>
    </section>
  );
}
