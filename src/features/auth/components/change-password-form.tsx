import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { Field } from '@/components/field';
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
      .min(minimumPasswordLength, 'auth.changePassword.tooShort')
      .refine((p) => new TextEncoder().encode(p).length <= maximumPasswordBytes, 'auth.changePassword.tooLong'),
    confirm: z.string().min(1, 'auth.changePassword.confirmRequired'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'auth.changePassword.mismatch' });

type FieldName = 'password' | 'confirm';
type FieldErrors = Partial<Record<FieldName, MessageKey>>;

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useMutation({ mutationFn: (password: string) => updatePassword(password), onSuccess: () => formRef.current?.reset() });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const data = new FormData(event.currentTarget);
    const parsed = formSchema.safeParse({ password: data.get('password') ?? '', confirm: data.get('confirm') ?? '' });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if ((key === 'password' || key === 'confirm') && !next[key]) next[key] = issue.message as MessageKey;
      }
      setErrors(next);
      (next.password ? passwordRef : confirmRef).current?.focus();
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data.password);
  }

  const pending = mutation.isPending;
  const failure = mutation.isError ? toUserError(mutation.error) : null;
  const status = (mutation.error as { status?: unknown } | null)?.status;
  const failureKey = failure?.code ? authMessages[failure.code] : status === 429 ? authMessages.over_request_rate_limit : undefined;

  return (
    <form ref={formRef} className="sign-in-form" onSubmit={onSubmit} noValidate aria-busy={pending}>
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
      <Field
        label={t('auth.changePassword.new')}
        hint={t('auth.changePassword.hint', { min: minimumPasswordLength })}
        error={errors.password ? t(errors.password, { min: minimumPasswordLength, max: maximumPasswordBytes }) : null}
      >
        <input ref={passwordRef} name="password" type="password" autoComplete="new-password" required disabled={pending} />
      </Field>
      <Field label={t('auth.changePassword.confirm')} error={errors.confirm ? t(errors.confirm) : null}>
        <input ref={confirmRef} name="confirm" type="password" autoComplete="new-password" required disabled={pending} />
      </Field>
      <button type="submit" className="button primary block" disabled={pending}>
        {pending ? t('auth.changePassword.pending') : t('auth.changePassword.submit')}
      </button>
    </form>
  );
}
