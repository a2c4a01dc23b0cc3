import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '@/components/error-message';
import { FormField, useZodForm } from '@/components/form';
import { Loading } from '@/components/loading';
import { useToast } from '@/components/toast';
import { formatDateTime } from '@/domain/dates';
import { useCurrentOrg } from '@/lib/current-org';
import { toUserError } from '@/lib/errors';
import { useT, type MessageKey } from '@/lib/i18n';
import { chatMessagesQuery } from '../api/get-chat-messages';
import { useSendChatMessage } from '../api/send-chat-message';
import { messageSchema } from '../forms/chat-forms';

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
  const form = useZodForm(messageSchema, { content: '' });

  const onSubmit = form.handleSubmit(({ content }) => {
    if (send.isPending) return;
    send.mutate(
      { p_chat_session_id: sessionId, p_content: content },
      {
        // The message is cleared only once the database has it; a refusal keeps it to try again.
        onSuccess: () => form.reset(),
        onError: (err) => {
          const u = toUserError(err);
          if (u.field === 'content') form.setError('content', { type: 'server', message: u.message }, { shouldFocus: true });
          else toast.error(u.message);
        },
      },
    );
  });

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
      <form className="inline-form chat-composer" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormField form={form} name="content" label={t('myChats.message')}>
          {(p) => <textarea {...p} rows={2} {...form.register('content')} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button secondary" disabled={send.isPending}>
            {send.isPending ? t('common.saving') : t('myChats.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
