import { FormField, showServerError, useZodForm } from '@/components/form';
import { useToast } from '@/components/toast';
import { labelOf, PILLAR_LABELS } from '@/domain/labels';
import { PILLARS } from '@/domain/statuses';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { useStartChatSession } from '../api/start-chat-session';
import { newChatSchema, TITLE_MAX } from '../forms/chat-forms';

/** A topic (required) and a title (optional); one start_chat_session. */
export function NewChatForm({ onStarted }: { onStarted: (sessionId: string) => void }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const start = useStartChatSession(organization.id);
  const form = useZodForm(newChatSchema(organization.id), { pillar: '', title: '' });

  const onSubmit = form.handleSubmit((args) => {
    if (start.isPending) return;
    start.mutate(args, {
      onSuccess: (s) => {
        form.reset();
        onStarted(s.id);
      },
      onError: (err) => showServerError(form, err, toast),
    });
  });

  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('myChats.newChat')}>
      <h2>{t('myChats.newChat')}</h2>
      <FormField form={form} name="pillar" label={t('myChats.pillar')} required>
        {(p) => (
          <select {...p} {...form.register('pillar')}>
            <option value="">{t('myChats.chooseTopic')}</option>
            {PILLARS.map((pillar) => (
              <option key={pillar} value={pillar}>
                {labelOf(PILLAR_LABELS, locale, pillar)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField form={form} name="title" label={t('myChats.titleField')}>
        {(p) => <input {...p} type="text" maxLength={TITLE_MAX} {...form.register('title')} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button secondary" disabled={start.isPending}>
          {start.isPending ? t('common.saving') : t('myChats.start')}
        </button>
      </div>
    </form>
  );
}
