import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { cleanText } from '@/domain/input-rules';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Loading } from '@/components/loading';
import { useToast } from '@/components/toast';
import { formatDateTime } from '@/domain/dates';
import { useCurrentOrg } from '@/lib/current-org';
import { toUserError } from '@/lib/errors';
import { useT, type MessageKey } from '@/lib/i18n';
import { chatMessagesQuery } from '../api/get-chat-messages';
import { useSendChatMessage } from '../api/send-chat-message';

const messageSchema = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, 'myChats.messageRequired').max(4000, 'myChats.messageTooLong'));

const ROLE_KEYS: Record<string, MessageKey> = {
  member: 'myChats.role.member',
  assistant: 'myChats.role.assistant',
  specialist: 'myChats.role.specialist',
  system: 'myChats.role.system',
};

export function ChatThread({ sessionId }: { sessionId: string }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const messages = useQuery(chatMessagesQuery(organization.id, sessionId));
  const send = useSendChatMessage(organization.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = messageSchema.safeParse(text);
    if (!parsed.success) {
      const key = parsed.error.issues[0]?.message;
      setError(t(key === 'myChats.messageTooLong' ? 'myChats.messageTooLong' : 'myChats.messageRequired'));
      return;
    }
    setError(null);
    send.mutate(
      { p_chat_session_id: sessionId, p_content: parsed.data },
      {
        onSuccess: () => setText(''),
        onError: (err) => {
          const u = toUserError(err);
          if (u.field === 'content') setError(u.message);
          else toast.error(u.message);
        },
      },
    );
  }

  return (
    <section className="stack" aria-label={t('myChats.messages')}>
      <h3>{t('myChats.messages')}</h3>
      {messages.isPending ? <Loading /> : null}
      {messages.isError ? <ErrorMessage error={messages.error} onRetry={() => void messages.refetch()} /> : null}
      {messages.data && messages.data.length === 0 ? <p className="muted">{t('myChats.noMessages')}</p> : null}
      {messages.data && messages.data.length > 0 ? (
        <ol className="chat-log">
          {messages.data.map((m) => (
            <li key={m.id} className={`chat-bubble chat-${m.role}`}>
              <span className="chat-meta">
                {ROLE_KEYS[m.role] ? t(ROLE_KEYS[m.role] ?? 'myChats.role.system') : m.role} · {formatDateTime(m.created_at, organization.timezone, locale)}
              </span>
              <span className="chat-text">{m.content}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <form className="inline-form chat-composer" onSubmit={onSubmit} noValidate>
        <Field label={t('myChats.message')} error={error}>
          <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button secondary" disabled={send.isPending}>
            {send.isPending ? t('common.saving') : t('myChats.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
