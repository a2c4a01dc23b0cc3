import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { FormField, useZodForm } from '@/components/form';
import { messageWithVars } from '@/domain/input-rules';
import { toUserError } from '@/lib/errors';
import { useT, type MessageKey } from '@/lib/i18n';
import type { UpdatePasswordFn } from '../api/update-password';

/** Supabase Auth's minimum_password_length (supabase/config.toml); the server checks it too. */
export const minimumPasswordLength = 6;
/** bcrypt reads 72 bytes of a password; Supabase Auth refuses longer ones (400 validation_failed). */
export const maximumPasswordBytes = 72;

const formSchema = z
  .object({
    password: z
      .string()
      .min(minimumPasswordLength, messageWithVars('auth.changePassword.tooShort', { min: String(minimumPasswordLength) }))
      .refine((p) => new TextEncoder().encode(p).length <= maximumPasswordBytes, messageWithVars('auth.changePassword.tooLong', { max: String(maximumPasswordBytes) })),
    confirm: z.string().min(1, 'auth.changePassword.confirmRequired'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'auth.changePassword.mismatch' });

/** Auth error codes of a password change with their own sentence. */
const authMessages: Record<string, MessageKey> = {
  same_password: 'auth.changePassword.samePassword',
  weak_password: 'auth.changePassword.tooShort',
  // The only validation_failed a password-only PUT /user gets: longer than 72 bytes.
  validation_failed: 'auth.changePassword.tooLong',
  over_request_rate_limit: 'auth.signIn.rateLimited',
};

/** New password twice. The update function is a prop so tests can stand in for the network. */
export function ChangePasswordForm({ updatePassword }: { updatePassword: UpdatePasswordFn }) {
  const t = useT();
  const form = useZodForm(formSchema, { password: '', confirm: '' });
  const mutation = useMutation({ mutationFn: (password: string) => updatePassword(password), onSuccess: () => form.reset() });
  const onSubmit = form.handleSubmit((values) => {
    if (!mutation.isPending) mutation.mutate(values.password);
  });

  const pending = mutation.isPending;
  const failure = mutation.isError ? toUserError(mutation.error) : null;
  const status = (mutation.error as { status?: unknown } | null)?.status;
  const failureKey = failure?.code ? authMessages[failure.code] : status === 429 ? authMessages.over_request_rate_limit : undefined;

  return (
    <form className="sign-in-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={pending}>
      {failure ? (
        <div className="form-error" role="alert">
          {failureKey ? t(failureKey, { min: minimumPasswordLength, max: maximumPasswordBytes }) : failure.message}
        </div>
      ) : null}
      {mutation.isSuccess ? (
        <div className="form-success" role="status">
          {t('auth.changePassword.done')}
        </div>
      ) : null}
      <FormField form={form} name="password" label={t('auth.changePassword.new')} hint={t('auth.changePassword.hint', { min: minimumPasswordLength })}>
        {(p) => <input {...p} {...form.register('password')} type="password" autoComplete="new-password" required disabled={pending} />}
      </FormField>
      <FormField form={form} name="confirm" label={t('auth.changePassword.confirm')}>
        {(p) => <input {...p} {...form.register('confirm')} type="password" autoComplete="new-password" required disabled={pending} />}
      </FormField>
      <button type="submit" className="button primary block" disabled={pending}>
        {pending ? t('auth.changePassword.pending') : t('auth.changePassword.submit')}
      </button>
    </form>
  );
}
