import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { formatDate } from '@/domain/dates';
import { CHAT_SESSION_STATUS_LABELS, labelOf, PILLAR_LABELS } from '@/domain/labels';
import { useAuth } from '@/lib/auth';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { myChatsQuery } from '../api/get-my-chats';
import type { ChatSessionRow } from '../api/rows';
import { CallNowPanel, ChatStatusBadge } from './call-now-panel';
import { ChatThread } from './chat-thread';
import { NewChatForm } from './new-chat-form';
import './member-chat.css';

export function MyChatsPage() {
  const t = useT();
  const { organization, locale } = useCurrentOrg();
  const { user } = useAuth();
  const userId = user?.id ?? '';
  const chats = useQuery({ ...myChatsQuery(organization.id, userId), enabled: userId !== '' });
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const list = chats.data ?? [];
  const selected: ChatSessionRow | undefined = list.find((s) => s.id === selectedId) ?? list[0];
  const titleOf = (s: ChatSessionRow) => s.title || t('myChats.untitled', { date: formatDate(s.created_at, organization.timezone, locale) });

  return (
    <section className="page my-chats">
      <h1>{t('myChats.title')}</h1>
      <div className="my-chats-layout">
        <aside className="stack">
          <NewChatForm onStarted={setSelectedId} />
          {chats.isPending && userId ? <Loading /> : null}
          {chats.isError ? <ErrorMessage error={chats.error} onRetry={() => void chats.refetch()} /> : null}
          {chats.data && list.length === 0 ? <EmptyState title={t('myChats.empty.title')}>{t('myChats.empty.body')}</EmptyState> : null}
          {list.length > 0 ? (
            <ul className="chat-list" aria-label={t('myChats.title')}>
              {list.map((s) => (
                <li key={s.id}>
                  <button type="button" aria-current={selected?.id === s.id ? 'true' : undefined} onClick={() => setSelectedId(s.id)}>
                    <span className="strong">{titleOf(s)}</span>
                    <br />
                    <span className="muted small">
                      {s.pillar ? labelOf(PILLAR_LABELS, locale, s.pillar) : ''} · {labelOf(CHAT_SESSION_STATUS_LABELS, locale, s.status)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </aside>
        <div className="stack">
          {selected ? (
            <>
              <header className="section-row">
                <h2>{titleOf(selected)}</h2>
                <ChatStatusBadge session={selected} />
              </header>
              <CallNowPanel key={`call-${selected.id}`} session={selected} />
              <ChatThread key={`thread-${selected.id}`} sessionId={selected.id} />
            </>
          ) : chats.data ? (
            <p className="muted">{t('myChats.select')}</p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
