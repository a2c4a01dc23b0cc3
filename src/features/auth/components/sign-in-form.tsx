import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { FormField, useZodForm } from '@/components/form';
import { toUserError } from '@/lib/errors';
import { useT } from '@/lib/i18n';
import type { SignInFn, SignInInput } from '../api/sign-in';

const formSchema = z.object({
  email: z.string().trim().min(1, 'auth.signIn.emailRequired').pipe(z.email('auth.signIn.emailInvalid')),
  password: z.string().min(1, 'auth.signIn.passwordRequired'),
});

/**
 * Email + password. The sign-in function is a prop so tests can stand in for the network; the app
 * passes supabase's. Success is not handled here: the session change moves the person on.
 */
export function SignInForm({ signIn, onSignedIn }: { signIn: SignInFn; onSignedIn?: () => void }) {
  const t = useT();
  const form = useZodForm(formSchema, { email: '', password: '' });
  const mutation = useMutation({ mutationFn: (input: SignInInput) => signIn(input), onSuccess: () => onSignedIn?.() });
  const onSubmit = form.handleSubmit((values) => {
    if (!mutation.isPending) mutation.mutate(values);
  });

  const pending = mutation.isPending;
  const failure = mutation.isError ? toUserError(mutation.error) : null;
  const rateLimited = failure?.code === 'over_request_rate_limit' || (mutation.error as { status?: unknown } | null)?.status === 429;

  return (
    <form className="sign-in-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={pending}>
      {failure ? (
        <div className="form-error" role="alert">
          {rateLimited ? t('auth.signIn.rateLimited') : failure.message}
        </div>
      ) : null}
      <FormField form={form} name="email" label={t('auth.signIn.email')}>
        {(p) => <input {...p} {...form.register('email')} type="email" autoComplete="username" inputMode="email" required disabled={pending} />}
      </FormField>
      <FormField form={form} name="password" label={t('auth.signIn.password')}>
        {(p) => <input {...p} {...form.register('password')} type="password" autoComplete="current-password" required disabled={pending} />}
      </FormField>
      <button type="submit" className="button primary block" disabled={pending}>
        {pending ? t('auth.signIn.pending') : t('auth.signIn.submit')}
      </button>
    </form>
  );
}
