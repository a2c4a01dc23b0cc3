import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { cleanText } from '@/domain/input-rules';
import { Field } from '@/components/field';
import { useToast } from '@/components/toast';
import { labelOf, PILLAR_LABELS } from '@/domain/labels';
import { PILLARS } from '@/domain/statuses';
import { useCurrentOrg } from '@/lib/current-org';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import { useStartChatSession, type StartChatSessionArgs } from '../api/start-chat-session';

const formSchema = z.object({ pillar: z.enum(PILLARS), title: z.string().transform(cleanText).pipe(z.string().max(200)) });

export function NewChatForm({ onStarted }: { onStarted: (sessionId: string) => void }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const start = useStartChatSession(organization.id);
  const [pillar, setPillar] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = formSchema.safeParse({ pillar, title });
    if (!parsed.success) {
      setError(t('myChats.chooseTopic'));
      return;
    }
    setError(null);
    const args = {
      p_organization_id: organization.id,
      p_pillar: parsed.data.pillar,
      ...(parsed.data.title ? { p_title: parsed.data.title } : {}),
    } satisfies StartChatSessionArgs;
    start.mutate(args, {
      onSuccess: (s) => {
        setPillar('');
        setTitle('');
        onStarted(s.id);
      },
      onError: (err) => {
        const u = toUserError(err);
        if (u.field === 'pillar') setError(u.message);
        else toast.error(u.message);
      },
    });
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={t('myChats.newChat')}>
      <h2>{t('myChats.newChat')}</h2>
      <Field label={t('myChats.pillar')} error={error} required>
        <select value={pillar} onChange={(e) => setPillar(e.target.value)}>
          <option value="">{t('myChats.chooseTopic')}</option>
          {PILLARS.map((p) => (
            <option key={p} value={p}>
              {labelOf(PILLAR_LABELS, locale, p)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('myChats.titleField')}>
        <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button secondary" disabled={start.isPending}>
          {start.isPending ? t('common.saving') : t('myChats.start')}
        </button>
      </div>
    </form>
  );
}
